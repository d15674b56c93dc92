// Imported first by the page bundles that run as Playwright init scripts (outside the page's CSP):
// zod must not compile parsers with `new Function` there, or the app's CSP refuses them later.
// It has to run before any schema is defined, hence a module of its own, imported first.
import { z } from 'zod';

z.config({ jitless: true });
