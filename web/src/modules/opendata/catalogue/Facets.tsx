/**
 * The catalogue's facets: for each of producer, topic, tag, format, frequency and year, the values
 * the current results have, with how many datasets each, as checkboxes. A chosen value stays
 * listed (with its count) so it can be unchecked.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { FACETS, type FacetCount, type FacetName, FREQUENCIES } from '../shared/types';

interface Props {
  facets: Record<FacetName, FacetCount[]> | undefined;
  chosen: Record<FacetName, string[]>;
  onToggle: (facet: FacetName, value: string) => void;
}

export function Facets({ facets, chosen, onToggle }: Props) {
  const { t } = useTranslation('opendata');
  const titleOf = (facet: FacetName, item: FacetCount) =>
    facet === 'frequency' && (FREQUENCIES as readonly string[]).includes(item.name) ? t(`frequency.${item.name}`) : item.title || item.name;
  return (
    <div className="od-facets">
      {FACETS.map((facet) => {
        const items = [...(facets?.[facet] ?? [])];
        // A chosen value the current results no longer count still shows, so it can be unchecked.
        for (const name of chosen[facet]) if (!items.some((i) => i.name === name)) items.push({ name, title: name, count: 0 });
        if (items.length === 0) return null;
        return (
          <fieldset key={facet} className="od-facet">
            <legend>{t(`facet.${facet}`)}</legend>
            <ul>
              {items.map((item) => {
                const inputId = `facet-${facet}-${item.name}`;
                return (
                  <li key={item.name}>
                    <input type="checkbox" id={inputId} checked={chosen[facet].includes(item.name)} onChange={() => onToggle(facet, item.name)} />
                    <label htmlFor={inputId}>
                      {titleOf(facet, item)} <span className="od-count">({formatNumber(item.count)})</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
