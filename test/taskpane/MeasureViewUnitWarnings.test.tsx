/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Lang } from '../../src/domain/model/report';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

/**
 * A budget officer types the mill kr figures of a 1000 kr plan: 2,4 in every year, Helårsvirkning and Nye midler.
 * The checker files one amount-precision warning per cell (six); the form says it once for the row, naming the
 * fields, so that the one message she needs is not buried under five copies of it. Plan years 2027–2030.
 */
async function typeMillFigures(lang: Lang, opts: { responsible?: boolean; amounts?: Record<string, string> } = {}) {
  await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()] })), 'measure', { lang });
  await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Boveileder');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Seksjon/ }), 'Organisasjon');
  if (opts.responsible !== false)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Ansvarlig/ }), 'Leder boligkontor');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Rammeområde/ }), '2 – Helse og velferd');
  await userEvent.click(screen.getByRole('checkbox', { name: 'Oppvekst' }));
  const fields = ['2027', '2028', '2029', '2030', 'Helårsvirkning', 'Nye midler'];
  for (const name of fields) await userEvent.type(screen.getByRole('textbox', { name }), opts.amounts?.[name] ?? '2,4');
}

/** The form's problem list, once the live check has run: its head and its lines. */
async function problemList(head: string | RegExp): Promise<{ head: string; lines: string[] }> {
  const status = screen.getByRole('status');
  await waitFor(() => expect(within(status).getByText(head)).toBeTruthy());
  const lines = within(status)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
  return { head: within(status).getByText(head).textContent ?? '', lines };
}

describe('MeasureView, the same unit warning on several fields of the row', () => {
  it('says it once in nb, naming the six fields', async () => {
    await typeMillFigures('nb');
    const { lines } = await problemList(/^Raden har 1 advarsel/);
    expect(lines).toEqual([
      'Beløpene i 2027, 2028, 2029, 2030, Helårsvirkning og Nye midler har flere desimaler enn enheten 1000 kr ' +
        'tillater (0). Er de skrevet i feil enhet, for eksempel mill kr?',
    ]);
  });

  it('says it once in nn', async () => {
    await typeMillFigures('nn');
    const { lines } = await problemList(/^Rada har 1 åtvaring/);
    expect(lines).toEqual([
      'Beløpa i 2027, 2028, 2029, 2030, Helårsvirkning og Nye midler har fleire desimalar enn eininga 1000 kr ' +
        'tillèt (0). Er dei skrivne i feil eining, til dømes mill kr?',
    ]);
  });

  it('says it once in en', async () => {
    await typeMillFigures('en');
    const { lines } = await problemList(/^The row has 1 warning/);
    expect(lines).toEqual([
      'The amounts in 2027, 2028, 2029, 2030, Helårsvirkning and Nye midler have more decimals than the unit ' +
        '1000 kr allows (0). Were they typed in the wrong unit, such as mill kr?',
    ]);
  });

  it('keeps a distinct finding of the row as its own line (no Ansvarlig: an error besides)', async () => {
    await typeMillFigures('nb', { responsible: false });
    const { lines } = await problemList(/^Raden har 1 feil og 1 advarsel/);
    expect(lines).toHaveLength(2);
    expect(lines).toContain('Tiltaket mangler ansvarlig. Oppgi én funksjon eller én person.');
    expect(lines.some((l) => l.startsWith('Beløpene i 2027, 2028, 2029, 2030, Helårsvirkning og Nye midler'))).toBe(
      true,
    );
  });

  it("leaves a warning on one field as the checker's own message, with its value", async () => {
    const amounts = { '2027': '600,5', '2028': '1200', '2029': '1800', '2030': '2400' };
    await typeMillFigures('nb', { amounts: { ...amounts, Helårsvirkning: '2400', 'Nye midler': '2400' } });
    const { lines } = await problemList(/^Raden har 1 advarsel/);
    expect(lines).toEqual([
      'Beløpet 600,5 i «2027» har flere desimaler enn enheten 1000 kr tillater (0). Er det skrevet i feil enhet, ' +
        'for eksempel mill kr?',
    ]);
  });
});
