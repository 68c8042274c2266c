// The example workbooks by preset name.
import type { ExampleBook } from './book.js';
import { floorDisciplineExample } from './floor-discipline.js';
import { outboundCenterExample } from './outbound-center.js';
import { serviceKpiExample } from './service-kpi.js';
import { telesalesTeamExample } from './telesales-team.js';

/** Builds one preset's example book; each is deterministic (seeded, no clock). */
export const EXAMPLES: Record<string, () => ExampleBook> = {
  'outbound-center': outboundCenterExample,
  'telesales-team': telesalesTeamExample,
  'service-kpi': serviceKpiExample,
  'floor-discipline': floorDisciplineExample,
};
