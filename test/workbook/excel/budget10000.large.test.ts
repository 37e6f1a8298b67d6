/** The payload budget of every operation at 10 000 measures (budgetSuite.ts): at most 12 syncs, 4 MB each. */
import { budgetSuite } from './budgetSuite';

budgetSuite(10_000);
