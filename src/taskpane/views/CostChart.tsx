/** A small SVG bar chart: operating cost per year, each bar stacked by financing source. */
import { tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { formatAmount, type Kr, type Unit } from '../../domain';
import type { Bar } from './chartData';

const COLORS = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteTealBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteBerryBorderActive,
];

interface Props {
  readonly bars: readonly Bar[];
  readonly sources: readonly string[];
  readonly unit: Unit;
  readonly title: string;
  readonly description: string;
}

const HEIGHT = 120;
const BAR = 28;
const GAP = 14;

export function CostChart({ bars, sources, unit, title, description }: Props): JSX.Element {
  const max = Math.max(1, ...bars.map((b) => Math.abs(b.total)));
  const width = bars.length * (BAR + GAP) + GAP;
  const id = useId();
  return (
    <figure className="tp-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${width} ${HEIGHT + 20}`}
        width="100%"
        height="170"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {description} {bars.map((b) => `${b.year}: ${formatAmount(b.total as Kr, unit)}`).join('; ')}
        </desc>
        {bars.map((bar, i) => {
          let y = HEIGHT;
          const x = GAP + i * (BAR + GAP);
          return (
            <g key={bar.year}>
              {bar.parts.map((part, s) => {
                const h = (Math.abs(part) / max) * HEIGHT;
                y -= h;
                return <rect key={s} x={x} y={y} width={BAR} height={h} fill={COLORS[s % COLORS.length]} />;
              })}
              <text x={x + BAR / 2} y={HEIGHT + 14} textAnchor="middle" fontSize="10" fill="currentColor">
                {bar.year}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="tp-legend">
        {sources.map((s, i) => (
          <span key={s}>
            <svg width="10" height="10" aria-hidden="true">
              <rect width="10" height="10" fill={COLORS[i % COLORS.length]} />
            </svg>{' '}
            {s}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
