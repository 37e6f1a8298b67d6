/**
 * Recalculating a workbook in LibreOffice: a private profile whose registry says "always recalculate
 * OOXML files on load", then `soffice --headless --convert-to xlsx`, which saves the computed values.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Convert `inputs` (absolute .xlsx paths) into `outDir`, recalculated. Returns the output paths. */
export function recalculate(inputs: readonly string[], workDir: string): string[] {
  const profile = path.join(workDir, 'profile');
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), REGISTRY);
  const outDir = path.join(workDir, 'recalculated');
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      ...inputs,
    ],
    { stdio: 'pipe', timeout: 170000 },
  );
  return inputs.map((i) => path.join(outDir, path.basename(i)));
}
