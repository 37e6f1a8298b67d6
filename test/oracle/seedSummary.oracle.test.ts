/**
 * The seed audits' Sammendrag recalculated by LibreOffice (test/audit): the live formulas `check --write`
 * leaves in the two seed plans give the figures worked out by hand in test/audit/*Seed.test.ts.
 *
 * Lillehammer (1000 kr, every row a formula): Alle 872/847/947/947, Sum periode 3 613, Helårsvirkning 947,
 * Felles 100, Endret 29, Annen 784, Nye 468; NAV og sosiale tjenester = D-001 + D-002 + D-004:
 * 309+29+150 = 488, 618+29 = 647 ×3, 2 429; Leder boligkontor = D-002 + D-007: 129/229/329/329, 1 016;
 * investment 4 000 in 2027, Tilskudd 800, Lån 3 200; Beregnet 5 + 1 = 6.
 * Verdal (mill kr): Samfunn og tjenester = D-001 + D-002: 0,7/1,3/1,9/2,4, 6,3, FY 2,4, Endret 0,2, Nye 2,5;
 * Helse = D-001 + D-002 + D-005 + D-009 (its "ca. 0,1" counts 0 in SUMIFS as in the core): 0,95/1,75/2,6/3,1, 8,4.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { CellValue } from '../../src/domain/model/snapshot';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { LILLEHAMMER, VERDAL } from '../audit/seedPlans';
import { buildSeedWorkbook } from '../audit/seedWorkbook';
import { testIo } from '../cli/testIo';
import { recalculate } from './libreoffice';

/** Sammendrag's rows by block title and first cell, as LibreOffice computed them. */
type Blocks = Map<string, CellValue[]>[];

async function summaryBlocks(file: string): Promise<Blocks> {
  const wb = await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read();
  const blocks: Blocks = [new Map()];
  for (const r of wb.sheets.find((s) => s.sheet === 'Sammendrag')?.values ?? []) {
    if (r.every((v) => v === null || v === '')) blocks.push(new Map());
    else blocks[blocks.length - 1]?.set(String(r[0] ?? r[1]), r.slice(1));
  }
  return blocks;
}

const near = (row: CellValue[] | undefined): (number | CellValue)[] | undefined =>
  row?.map((v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v));

describe('LibreOffice recalculates the seed plans’ Sammendrag to the figures worked out by hand', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-oracle-seeds-'));
  let verdal: Blocks = [];
  let lillehammer: Blocks = [];
  const row = (b: Blocks, title: string, label: string) => near(b.find((x) => x.has(title))?.get(label));

  beforeAll(async () => {
    const files: string[] = [];
    for (const [name, plan] of [
      ['verdal.xlsx', VERDAL],
      ['lillehammer.xlsx', LILLEHAMMER],
    ] as const) {
      await buildSeedWorkbook(work, name, plan);
      expect(await main(['check', name, '--write'], testIo({ cwd: work }))).toBe(1);
      files.push(path.join(work, name.replace('.xlsx', '-kontrollert.xlsx')));
    }
    const [v, l] = recalculate(files, work);
    verdal = await summaryBlocks(v ?? '');
    lillehammer = await summaryBlocks(l ?? '');
  });

  it('Lillehammer: operating, plan area, responsible, investment and status counts', () => {
    const b = lillehammer;
    expect(row(b, 'Drift per seksjon', 'Alle seksjoner')).toEqual([872, 847, 947, 947, 3613, 947, 100, 29, 784, 468]);
    expect(row(b, 'Driftskostnad per planområde', 'NAV og sosiale tjenester')).toEqual([488, 647, 647, 647, 2429]);
    expect(row(b, 'Driftskostnad per ansvarlig', 'Leder boligkontor')).toEqual([129, 229, 329, 329, 1016]);
    expect(row(b, 'Investering per seksjon', 'Alle seksjoner')).toEqual([4000, 4000, 0, 0, 0, 0, 800, 0, 3200, 0, 0]);
    expect(row(b, 'Antall tiltak per kostnadsstatus', 'Beregnet')).toEqual([6]);
  });

  it('Verdal in mill kr: a section and a plan area computed by the formulas', () => {
    const b = verdal;
    expect(row(b, 'Drift per seksjon', 'Samfunn og tjenester')).toEqual([0.7, 1.3, 1.9, 2.4, 6.3, 2.4, 0, 0.2, 0, 2.5]);
    expect(row(b, 'Driftskostnad per planområde', 'Helse, velferd, pleie og omsorg')).toEqual([
      0.95, 1.75, 2.6, 3.1, 8.4,
    ]);
    expect(row(b, 'Antall tiltak per kostnadsstatus', 'Ukjent')).toEqual([2]);
  });
});
