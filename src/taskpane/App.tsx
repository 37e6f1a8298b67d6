/**
 * The task pane: Fluent theme (light/dark), language switch, and the pane for the workbook source — the
 * open Excel workbook through its port, or a file opened in a plain browser.
 */
import { Field, FluentProvider, Select, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../domain';
import { detectLang } from '../i18n/lang';
import { tp } from '../i18n/taskpane';
import type { WorkbookPort } from '../workbook/port';
import { BrowserPane } from './browser/BrowserPane';
import { Pane } from './components/Pane';
import { useDarkMode } from './hooks/useDarkMode';
import { PANE_CSS } from './styles';
import type { StructureProps } from './views/StructureView';

export interface AppProps {
  readonly mode: 'excel' | 'browser';
  /** The open workbook (Excel mode). */
  readonly port?: WorkbookPort;
  /** Office.context.displayLanguage or navigator.language. */
  readonly langTag?: string | null;
  /** From Office's theme; undefined = follow prefers-color-scheme. */
  readonly dark?: boolean;
  readonly openNew?: StructureProps['openNew'];
}

const LANGS: readonly { lang: Lang; label: string }[] = [
  { lang: 'nb', label: 'Bokmål' },
  { lang: 'nn', label: 'Nynorsk' },
  { lang: 'en', label: 'English' },
];

export function App({ mode, port, langTag, dark, openNew }: AppProps): JSX.Element {
  const [lang, setLang] = useState<Lang>(() => detectLang(langTag));
  const isDark = useDarkMode(dark);
  return (
    <FluentProvider theme={isDark ? webDarkTheme : webLightTheme} className="tp-root" lang={lang}>
      <style>{PANE_CSS}</style>
      <header className="tp-header">
        <h1 className="tp-title">{tp(lang, 'appTitle')}</h1>
        <Field label={tp(lang, 'language')} orientation="horizontal" size="small">
          <Select size="small" value={lang} onChange={(_, d) => setLang(d.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l.lang} value={l.lang}>
                {l.label}
              </option>
            ))}
          </Select>
        </Field>
      </header>
      {mode === 'excel' && port ? (
        <Pane port={port} file={tp(lang, 'workbook')} lang={lang} openNew={openNew} />
      ) : (
        <BrowserPane lang={lang} />
      )}
    </FluentProvider>
  );
}
