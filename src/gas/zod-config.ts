// Imported first by the engine entry: zod validates each policy once per execution, so compiling a fast path for it
// (zod's JIT, `new Function` per object schema) costs more than it saves. Must run before any schema parses.
import { config } from 'zod';

config({ jitless: true });
