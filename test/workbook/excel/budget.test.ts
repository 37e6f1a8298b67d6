/**
 * Every operation of the task pane stays inside Excel on the web's payload cap (5 MB per request and per
 * response; our budget 4 MB) and takes a fixed number of syncs per block: at most 3 for a plan of 10
 * measures and at most 12 for 10 000 (SPEC §13, issue 15). 10 000 measures: budget10000.large.test.ts.
 */
import { budgetSuite } from './budgetSuite';

budgetSuite(10);
budgetSuite(1_000);
