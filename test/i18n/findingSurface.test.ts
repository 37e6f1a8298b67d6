/**
 * Findings whose fix is a button of the task pane read otherwise on the command line, where there is no pane:
 * `renderFinding(…, CLI_FINDINGS)` names what the command line offers (`tiltaksplan new` / `import`) and the add-in,
 * the pane (the default, and the reports it shows) keeps its own wording. The code and params stay the same.
 */
import { makeFinding } from '../../src/domain/model/finding';
import { renderFinding } from '../../src/i18n/findings';
import { CLI_FINDINGS } from '../../src/i18n/findingsCli';
import { LANGS } from '../../src/i18n/lang';
import { periodUnsureWarning } from '../../src/i18n/compare';
import { makePlan } from '../helpers/plan';

const missing = makeFinding('sheet-missing', 'Tiltak drift', 'A1', { table: 'tblTiltakDrift', sheet: 'Tiltak drift' });

const PANE = { nb: 'oppgavepanelet', nn: 'oppgåvepanelet', en: 'task pane' } as const;

describe('a finding rendered for the command line', () => {
  it.each(LANGS)('sheet-missing (%s): the pane keeps its wording, the command line gets its own', (lang) => {
    const pane = renderFinding(missing, lang, '1000 kr');
    expect(pane).toContain(PANE[lang]);
    const cli = renderFinding(missing, lang, '1000 kr', CLI_FINDINGS);
    expect(cli).not.toContain(PANE[lang]);
    expect(cli).toContain('tiltaksplan new');
    expect(cli).toContain('tiltaksplan import');
    // The same finding: which table on which sheet, named as the pane names it.
    expect(cli).toContain('Tiltak drift');
    expect(cli.slice(0, 40)).toBe(pane.slice(0, 40));
  });

  it.each([
    makeFinding('column-missing', 'Tiltak drift', 'T1', { column: 'Kommentar' }),
    makeFinding('column-missing', 'Tiltak drift', 'C1', { column: 'Prioritet', reason: 'header-empty' }),
    makeFinding('column-missing', 'Tiltak drift', 'C1', {
      column: 'Prioritet',
      reason: 'header-renamed',
      found: 'Pri',
    }),
    makeFinding('setting-invalid', 'Innstillinger', 'A1', { setting: 'Plannavn', value: '', reason: 'missing' }),
  ])('$code $params.reason: the command line is not sent to the pane', (f) => {
    for (const lang of LANGS) {
      expect(renderFinding(f, lang, 'kr')).toContain(PANE[lang]);
      expect(renderFinding(f, lang, 'kr', CLI_FINDINGS)).not.toContain(PANE[lang]);
    }
  });

  it('a finding with no pane in its text reads the same on both', () => {
    const f = makeFinding('measure-missing', 'Tiltak drift', 'E2', {});
    for (const lang of LANGS) expect(renderFinding(f, lang, 'kr', CLI_FINDINGS)).toBe(renderFinding(f, lang, 'kr'));
  });

  it("compare's period warning quotes the finding in the wording of where it is read", () => {
    const f = makeFinding('setting-invalid', 'Innstillinger', 'A1', {
      setting: 'Første planår',
      value: '',
      reason: 'missing',
    });
    const plan = makePlan();
    for (const lang of LANGS) {
      expect(periodUnsureWarning(lang, 'panePeriodUnsure', 'plan.xlsx', plan, [f])).toContain(PANE[lang]);
      expect(periodUnsureWarning(lang, 'cliPeriodUnsure', 'plan.xlsx', plan, [f], CLI_FINDINGS)).not.toContain(
        PANE[lang],
      );
    }
  });
});
