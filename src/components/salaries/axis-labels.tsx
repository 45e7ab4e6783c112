import { formatUsdShort } from "@/lib/band-summary";
import { labelledOnPhone, ticks, xPercent, type BandDomain } from "@/lib/band-scale";

/**
 * The dollar labels under a box plot's axis, shared by every chart. Each tick gets a label on wider
 * screens; on phones only some do (labelledOnPhone), so labels never run into each other.
 */
export function AxisLabels({ domain, y }: { domain: BandDomain; y: number }) {
  const values = ticks(domain);
  return values.map((v, i) => (
    <text
      key={v}
      x={`${xPercent(domain, v)}%`}
      y={y}
      textAnchor={i === 0 ? "start" : i === values.length - 1 ? "end" : "middle"}
      className={labelledOnPhone(i, values.length) ? "fill-ink-muted text-xs" : "fill-ink-muted text-xs max-sm:hidden"}
      data-axis-label
    >
      {formatUsdShort(v)}
    </text>
  ));
}
