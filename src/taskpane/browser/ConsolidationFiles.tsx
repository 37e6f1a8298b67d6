/** «Åpne flere planer»'s choice of files: the plans (several) and finance's economy plan workbook, and what is chosen. */
import { Button, Text } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Lang } from '../../domain';
import { tp } from '../../i18n/taskpane';
import { XLSX_ACCEPT } from '../components/XlsxFileInput';

interface ConsolidationFilesProps {
  readonly lang: Lang;
  readonly plans: readonly File[];
  readonly economy: File | null;
  readonly setPlans: (plans: readonly File[]) => void;
  readonly setEconomy: (economy: File | null) => void;
}

/** Two buttons, each opening its hidden file input, then the names chosen («–» for none). */
export function ConsolidationFiles({ lang, plans, economy, setPlans, setEconomy }: ConsolidationFilesProps) {
  const plansInput = useRef<HTMLInputElement>(null);
  const economyInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <div className="tp-actions">
        <Button onClick={() => plansInput.current?.click()}>{tp(lang, 'choosePlans')}</Button>
        <Button onClick={() => economyInput.current?.click()}>{tp(lang, 'chooseEconomyPlan')}</Button>
        <input
          ref={plansInput}
          type="file"
          multiple
          hidden
          accept={XLSX_ACCEPT}
          aria-label={tp(lang, 'choosePlans')}
          data-testid="plans-input"
          onChange={(e) => setPlans([...(e.target.files ?? [])])}
        />
        <input
          ref={economyInput}
          type="file"
          hidden
          accept={XLSX_ACCEPT}
          aria-label={tp(lang, 'chooseEconomyPlan')}
          data-testid="economy-input"
          onChange={(e) => setEconomy(e.target.files?.[0] ?? null)}
        />
      </div>
      <Text as="p">{`${tp(lang, 'choosePlans')}: ${plans.map((f) => f.name).join(', ') || '–'}`}</Text>
      <Text as="p">{`${tp(lang, 'chooseEconomyPlan')}: ${economy?.name ?? '–'}`}</Text>
    </>
  );
}
