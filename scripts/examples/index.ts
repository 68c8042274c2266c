// The example workbooks by preset name; add telesales-team, service-kpi, floor-discipline here.
import type { ExampleBook } from './book.js';
import { outboundCenterExample } from './outbound-center.js';

/** Builds one preset's example book; each is deterministic (seeded, no clock). */
export const EXAMPLES: Record<string, () => ExampleBook> = {
  'outbound-center': outboundCenterExample,
};
