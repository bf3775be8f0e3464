/**
 * The admin pages' lists: a scrolling wrapper for phones, a caption for screen readers, column
 * headings, and an unlabelled-looking (but named) last column for the row's buttons.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  caption: string;
  columns: string[];
  /** Adds the last column for each row's buttons. */
  actions?: boolean;
  children: ReactNode;
}

export function AdminTable({ caption, columns, actions = false, children }: Props) {
  const { t } = useTranslation('admin');
  return (
    <div className="table-wrap admin-table">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">{t('shared.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
