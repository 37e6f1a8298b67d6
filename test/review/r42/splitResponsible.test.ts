/**
 * Review r42, finding 4 (left open). In the seed's table 6.2 the Ansvarlig of «20. 4 Småhus» stands on two rows:
 * «Rådmannen» on its own row, «v/kommunalsjef velferd» on the next («Behov for renovering …», priority 2, «?»). Read
 * as she reads it, it is one Ansvarlig, «Rådmannen v/kommunalsjef velferd» — the very text 6.1 has for miljøteam and
 * Boligkontor — split by Word (a cell merged down over the two rows, exported line by line). The import keeps the two
 * halves apart (docs/spec.md: a row with its own priority is a measure, so nothing on it joins the row above; pinned
 * by test/domain/legacyImport/wrapped.test.ts), so I-001's Ansvarlig is «Rådmannen», I-002's «v/kommunalsjef
 * velferd», and tblAnsvarlige gets both halves as two more «persons» beside the whole.
 *
 * By hand: I-001's Ansvarlig is «Rådmannen v/kommunalsjef velferd», and the list of Ansvarlige holds no half of it.
 * Left failing: joining would reverse a decision of the import with a test of its own, and what I-002's Ansvarlig
 * is (the same, or none) is the officer's to say; an import-log question may be the better fix.
 */
import ExcelJS from 'exceljs';
import { scratchDir } from '../../cli/cliRun';
import { writeVerdalWalk } from './verdalScenario';

test.failing(
  'seed 6.2: «Rådmannen» / «v/kommunalsjef velferd» over two rows is one Ansvarlig — left open: the import keeps the halves apart by an earlier decision',
  async () => {
    const { dir, cleanup } = scratchDir();
    try {
      const { plan } = await writeVerdalWalk(dir);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(plan);
      const inv = wb.getWorksheet('Tiltak investering')!;
      const header = (inv.getRow(1).values as unknown[]).map(String);
      expect(inv.getRow(2).getCell(header.indexOf('Ansvarlig')).value).toBe('Rådmannen v/kommunalsjef velferd');
      const settings = wb.getWorksheet('Innstillinger')!;
      const listed: unknown[] = [];
      settings.getColumn(11).eachCell((c) => listed.push(c.value));
      expect(listed).not.toContain('v/kommunalsjef velferd');
      expect(listed).not.toContain('Rådmannen');
    } finally {
      cleanup();
    }
  },
);
