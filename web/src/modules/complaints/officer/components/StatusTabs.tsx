/**
 * A row of links that each narrow a list to some statuses (?tab=...). Links rather than buttons:
 * each view has its own address, and the current one is marked with aria-current, not colour alone.
 */
import { Link, useSearchParams } from 'react-router';

export interface Tab {
  key: string;
  label: string;
}

export function useTab(tabs: Tab[]): string {
  const [params] = useSearchParams();
  const wanted = params.get('tab');
  return tabs.find((tab) => tab.key === wanted)?.key ?? tabs[0].key;
}

export function StatusTabs({ tabs, current, label }: { tabs: Tab[]; current: string; label: string }) {
  const [params] = useSearchParams();
  const hrefOf = (key: string) => {
    const copy = new URLSearchParams(params);
    copy.delete('page');
    if (key === tabs[0].key) copy.delete('tab');
    else copy.set('tab', key);
    const text = copy.toString();
    return text ? `?${text}` : '?';
  };
  return (
    <nav className="officer-tabs" aria-label={label}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link to={hrefOf(tab.key)} aria-current={tab.key === current ? 'page' : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
