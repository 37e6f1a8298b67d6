/** @jest-environment jsdom */
/**
 * Review r30 (medium, the pane's add measure: what she typed lost without a word): she deleted the Kommentar column of
 * tblTiltakDrift (it is optional, SPEC §4: «Kommentar | comment | text | free»; check has nothing to say of it). The
 * form «Nytt tiltak» still shows a Kommentar field (measureForm.ts: every schema column). She types «Avventer svar fra
 * Husbanken» there with the measure and clicks «Legg til tiltak»: the pane says the measure was added, the row is
 * written — without her comment, which has no column to go to — and nothing says so. The same for a Rammeområde
 * picked in a table without that column (then also a `frame-missing` error on the very row she gave a frame).
 *
 * What a careful user expects: docs/spec.md §11 (as built, review r26) «nothing typed in the form and not written is
 * dropped without a word»; SPEC §0 a non-programmer must not lose what she typed. By hand: the comment written (the
 * table given its Kommentar column back, as repair would add it at the end), or the pane naming «Kommentar» as not
 * written (or the field not offered for a table without the column).
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Edit } from '../../../src/domain/model/edits';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { tp } from '../../../src/i18n/taskpane';
import { canonicalSnapshot } from '../../helpers/workbook';
import { FakePort, operatingRow } from '../../taskpane/fakePort';
import { renderPane } from '../../taskpane/renderPane';

const COMMENT = 'Avventer svar fra Husbanken';

/** The canonical plan with one measure, its tblTiltakDrift without column `index` (0-based; 20 Kommentar, 19 Rammeområde). */
function without(index: number, header: string): WorkbookSnapshot {
  const wb = canonicalSnapshot({ operating: [operatingRow()] });
  const sheet = wb.sheets.find((s) => s.sheet === 'Tiltak drift');
  expect(sheet?.values[0]?.[index]).toBe(header);
  const cut = <T,>(rows: readonly (readonly T[])[] | undefined) =>
    rows?.map((r) => [...r.slice(0, index), ...r.slice(index + 1, 21)]);
  return {
    ...wb,
    sheets: wb.sheets.map((s) =>
      s.sheet === 'Tiltak drift'
        ? { ...s, values: cut(s.values) ?? [], ...(s.formulas && { formulas: cut(s.formulas) }) }
        : s,
    ),
    tables: wb.tables.map((t) => (t.name === 'tblTiltakDrift' ? { ...t, ref: t.ref.replace(/^A1:U/, 'A1:T') } : t)),
  };
}

const written = (edits: readonly Edit[]) =>
  edits.flatMap((e) => (e.kind === 'setCells' && e.sheet === 'Tiltak drift' ? e.values.flat() : []));

test('a table without Kommentar: the form offers no Kommentar field, says so, and adds the measure', async () => {
  const port = new FakePort(without(20, 'Kommentar'));
  await renderPane(port, 'measure');
  expect(screen.queryByRole('textbox', { name: /^Kommentar/ })).toBeNull();
  expect(screen.getByText(tp('nb', 'columnAbsent', { column: 'Kommentar' }))).toBeTruthy();
  expect(tp('nb', 'columnAbsent', { column: 'Kommentar' })).toMatch(/^Tabellen har ingen kolonne «Kommentar»\. /);
  await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Boveileder');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Seksjon/ }), 'Organisasjon');
  await userEvent.click(screen.getByRole('button', { name: tp('nb', 'addMeasure') }));
  await screen.findByText(tp('nb', 'measureAdded', { id: 'D-002' }));
  expect(written(port.edits)).toContain('Boveileder');
  expect(written(port.edits)).not.toContain(COMMENT);
});

test('«Rediger tiltak» in a table without Kommentar: no Kommentar field, the line instead', async () => {
  const port = new FakePort(without(20, 'Kommentar'));
  await renderPane(port, 'measure');
  const picker = screen.getByRole('combobox', { name: tp('nb', 'editExisting') }) as HTMLSelectElement;
  const option = [...picker.options].find((o) => o.text.startsWith('D-001'));
  await userEvent.selectOptions(picker, option?.value ?? '');
  expect(screen.getByRole('button', { name: tp('nb', 'saveMeasure') })).toBeTruthy();
  expect(screen.queryByRole('textbox', { name: /^Kommentar/ })).toBeNull();
  expect(screen.getByText(tp('nb', 'columnAbsent', { column: 'Kommentar' }))).toBeTruthy();
});

test('a table without Rammeområde: no Rammeområde drop-down, the line says the check asks for one', async () => {
  const port = new FakePort(without(19, 'Rammeområde'));
  await renderPane(port, 'measure');
  expect(screen.queryByRole('combobox', { name: /^Rammeområde/ })).toBeNull();
  expect(screen.getByRole('textbox', { name: /^Kommentar/ })).toBeTruthy();
  const line = tp('nb', 'columnAbsentFrame', { column: 'Rammeområde' });
  expect(line).toContain('nye midler');
  expect(screen.getByText(line)).toBeTruthy();
});
