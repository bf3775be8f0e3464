/**
 * Routing rules: where a category's complaints from a kelurahan, a kecamatan or the whole city go
 * when that is not the category's usual OPD. The admin desk still confirms the OPD at verification.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { AdminTable } from '../components/AdminTable';
import { ConfirmButton } from '../components/ConfirmButton';
import { fieldError } from '../components/errors';
import { OpdSelect } from '../components/OpdSelect';
import { useOpdName } from '../components/opds';
import { QueryView } from '../components/QueryView';
import { WilayahSelect } from '../components/WilayahSelect';
import { type AdminCategory, type RoutingRule, useAddRule, useChangeRuleOpd, useRemoveRule, useRoutingRules } from './api';
import { usePlaces } from './wilayah';

interface Props {
  categories: AdminCategory[];
  onMessage: (message: string) => void;
}

export function RoutingRules({ categories, onMessage }: Props) {
  const { t } = useTranslation('admin');
  const [filter, setFilter] = useState('');
  const rules = useRoutingRules(filter);
  const places = usePlaces();
  const opdName = useOpdName();
  const remove = useRemoveRule();
  const change = useChangeRuleOpd();
  const [editing, setEditing] = useState<{ id: string; opdId: string } | null>(null);
  const categoryName = (id: string) => categories.find((c) => c.id === id)?.nameId ?? t('categories.rules.retiredCategory');
  const placeName = (r: RoutingRule) => {
    if (r.kelurahanId) return t('shared.kelurahanNamed', { name: places.get(r.kelurahanId)?.name ?? r.kelurahanId });
    if (r.kecamatanId) return t('shared.kecamatanNamed', { name: places.get(r.kecamatanId)?.name ?? r.kecamatanId });
    return t('categories.rules.wholeCity');
  };

  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{t('categories.rules.title')}</h2>
      <p className="admin-intro">{t('categories.rules.order')}</p>
      <AddRule categories={categories} onAdded={onMessage} />
      <div className="filters">
        <div className="field">
          <label htmlFor="rules-filter">{t('categories.rules.filter')}</label>
          <select id="rules-filter" value={filter} onChange={(e) => setFilter(e.target.value)}>
            <option value="">{t('categories.rules.allCategories')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.nameId}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorMessage error={remove.error ?? change.error} />
      <QueryView query={rules} isEmpty={(d) => d.length === 0} emptyTitle={t('categories.rules.empty')} emptyText={t('categories.rules.emptyText')}>
        {(items) => (
          <AdminTable
            caption={t('categories.rules.caption')}
            columns={[t('categories.rules.category'), t('categories.rules.place'), t('categories.rules.opd')]}
            actions
          >
            {items.map((r) => (
              <tr key={r.id}>
                <td>{categoryName(r.categoryId)}</td>
                <td>{placeName(r)}</td>
                <td>
                  {editing?.id === r.id ? (
                    <form
                      className="actions"
                      onSubmit={(e) => {
                        e.preventDefault();
                        change.mutate(
                          { rule: r, opdId: editing.opdId },
                          {
                            onSuccess: () => {
                              setEditing(null);
                              onMessage(t('categories.rules.changed'));
                            },
                          },
                        );
                      }}
                    >
                      <label htmlFor={`rule-opd-${r.id}`} className="visually-hidden">
                        {t('categories.rules.opd')}
                      </label>
                      <OpdSelect
                        id={`rule-opd-${r.id}`}
                        value={editing.opdId}
                        onChange={(opdId) => setEditing({ id: r.id, opdId })}
                        emptyLabel={t('shared.chooseOpd')}
                        required
                      />
                      <button type="submit" className="button" disabled={change.isPending || !editing.opdId}>
                        {change.isPending ? t('shared.saving') : t('shared.save')}
                      </button>
                      <button type="button" className="button secondary" onClick={() => setEditing(null)}>
                        {t('shared.cancel')}
                      </button>
                    </form>
                  ) : (
                    opdName(r.opdId)
                  )}
                </td>
                <td>
                  {editing?.id !== r.id && (
                    <div className="actions">
                      <button type="button" className="button secondary" onClick={() => setEditing({ id: r.id, opdId: r.opdId })}>
                        {t('categories.rules.changeOpd')}
                      </button>
                      <ConfirmButton
                        label={t('shared.remove')}
                        question={t('categories.rules.removeQuestion', { category: categoryName(r.categoryId), place: placeName(r) })}
                        confirmLabel={t('categories.rules.removeConfirm')}
                        pending={remove.isPending}
                        onConfirm={() => remove.mutate(r.id, { onSuccess: () => onMessage(t('categories.rules.removed')) })}
                      />
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </AdminTable>
        )}
      </QueryView>
    </section>
  );
}

function AddRule({ categories, onAdded }: { categories: AdminCategory[]; onAdded: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const add = useAddRule();
  const places = usePlaces();
  const [categoryId, setCategoryId] = useState('');
  const [placeId, setPlaceId] = useState('');
  const [opdId, setOpdId] = useState('');
  const err = (field: string) => fieldError(add.error, field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const place = placeId ? places.get(placeId) : undefined;
    add.mutate(
      {
        categoryId,
        // A kelurahan's rule also names its kecamatan, so the list can say where it lies.
        kecamatanId: place ? place.kecamatanId : null,
        kelurahanId: place?.kind === 'kelurahan' ? placeId : null,
        opdId,
      },
      {
        onSuccess: () => {
          setPlaceId('');
          setOpdId('');
          onAdded(t('categories.rules.added'));
        },
      },
    );
  };

  return (
    <form className="card form-card form" onSubmit={submit} noValidate aria-labelledby="rule-add-title">
      <h3 id="rule-add-title">{t('categories.rules.addTitle')}</h3>
      <div className="grid three">
        <Field id="rule-category" label={t('categories.rules.category')} error={err('categoryId')}>
          {(c) => (
            <select {...c} required value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
              <option value="">{t('categories.rules.chooseCategory')}</option>
              {categories.map((cat) => (
                <option key={cat.id} value={cat.id}>
                  {cat.nameId}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="rule-place" label={t('categories.rules.place')} hint={t('categories.rules.placeHint')} error={err('kelurahanId') ?? err('kecamatanId')}>
          {(c) => <WilayahSelect {...c} value={placeId} onChange={setPlaceId} emptyLabel={t('categories.rules.wholeCity')} />}
        </Field>
        <Field id="rule-opd" label={t('categories.rules.opd')} error={err('opdId')}>
          {(c) => <OpdSelect {...c} value={opdId} onChange={setOpdId} emptyLabel={t('shared.chooseOpd')} required />}
        </Field>
      </div>
      <ErrorMessage error={add.error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={add.isPending || !categoryId || !opdId}>
          {add.isPending ? t('shared.saving') : t('categories.rules.add')}
        </button>
      </div>
    </form>
  );
}
