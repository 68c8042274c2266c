// Attendance rules A-ATT-1…5 over agent-days.
export { lateMinutes, earlyMinutes } from './attendance-minutes.js';
