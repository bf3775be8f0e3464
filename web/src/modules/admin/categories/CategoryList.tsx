/** Every category with its usual OPD, limits in force and duplicate radius; retired ones marked, and can be brought back. */
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/feedback';
import { ActiveToggle } from '../components/ActiveToggle';
import { AdminTable } from '../components/AdminTable';
import { useOpdName } from '../components/opds';
import { QueryView } from '../components/QueryView';
import { type AdminCategory, useSetCategoryActive } from './api';

interface Props {
  categories: UseQueryResult<AdminCategory[]>;
  onEdit: (id: string) => void;
  onMessage: (message: string) => void;
}

export function CategoryList({ categories, onEdit, onMessage }: Props) {
  const { t } = useTranslation('admin');
  const opdName = useOpdName();
  const setActive = useSetCategoryActive();
  return (
    <QueryView query={categories} isEmpty={(d) => d.length === 0} emptyTitle={t('categories.list.empty')} emptyText={t('categories.list.emptyText')}>
      {(items) => (
        <>
          <ErrorMessage error={setActive.error} />
          <AdminTable
            caption={t('categories.list.caption')}
            columns={[
              t('categories.fields.code'),
              t('categories.list.name'),
              t('categories.fields.defaultOpd'),
              t('categories.list.limits'),
              t('categories.list.radius'),
            ]}
            actions
          >
            {items.map((c) => (
              <tr key={c.id}>
                <td>{c.code}</td>
                <td>
                  {c.nameId}
                  {!c.active && <span className="badge">{t('categories.retiredBadge')}</span>}
                  <span className="cell-sub" lang="en">
                    {c.nameEn}
                  </span>
                </td>
                <td>{c.defaultOpdId ? opdName(c.defaultOpdId) : t('categories.list.noOpd')}</td>
                <td>
                  {t('categories.list.limitsValue', {
                    verify: formatNumber(c.limits.verifyDays),
                    respond: formatNumber(c.limits.respondDays),
                    close: formatNumber(c.limits.closeDays),
                  })}
                </td>
                <td>{t('categories.list.metres', { n: formatNumber(c.duplicateRadiusMetres) })}</td>
                <td>
                  <div className="actions">
                    <button type="button" className="button secondary" onClick={() => onEdit(c.id)} aria-label={t('shared.editNamed', { name: c.nameId })}>
                      {t('shared.edit')}
                    </button>
                    <ActiveToggle
                      active={c.active}
                      pending={setActive.isPending}
                      onChange={(active) =>
                        setActive.mutate(
                          { id: c.id, active },
                          { onSuccess: () => onMessage(t(active ? 'categories.reactivated' : 'categories.retired', { name: c.nameId })) },
                        )
                      }
                      labels={{
                        retire: t('categories.retire'),
                        question: t('categories.retireQuestion', { name: c.nameId }),
                        confirm: t('categories.retireConfirm'),
                        reactivate: t('categories.reactivate'),
                      }}
                    />
                  </div>
                </td>
              </tr>
            ))}
          </AdminTable>
        </>
      )}
    </QueryView>
  );
}
