/**
 * A roadmap item's indicators: each with its target and realization. The OPD's staff change the
 * figures of one indicator at a time (the realization grows as the work goes on), remove one, or
 * add another; readers see the table.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { TableScroll } from '../../../ui/TableScroll';
import { ConfirmButton } from '../../admin/components/ConfirmButton';
import { fieldError } from '../../admin/components/errors';
import { useAddIndicator, useRemoveIndicator, useUpdateIndicator } from '../shared/api';
import { inputText } from '../shared/format';
import type { RoadmapIndicator, RoadmapItem } from '../shared/types';
import { type DraftProblems, indicatorOf } from './roadmapDraft';

type Done = (message: string) => void;
const figure = (value: number | null, unit: string) => (value === null ? '—' : `${formatNumber(value, 2)}${unit ? ` ${unit}` : ''}`);

function IndicatorRow({ indicator, onDone }: { indicator: RoadmapIndicator; onDone: Done }) {
  const { t } = useTranslation('smartcity');
  const update = useUpdateIndicator();
  const remove = useRemoveIndicator();
  const [target, setTarget] = useState(inputText(indicator.target));
  const [realization, setRealization] = useState(inputText(indicator.realization));
  const [problems, setProblems] = useState<DraftProblems>({});
  const err = (field: string) => (problems[field] ? t('form.figureInvalid') : fieldError(update.error, field));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: DraftProblems = {};
    const input = indicatorOf({ name: indicator.name, unit: indicator.unit, target, realization }, '', found);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(
      { id: indicator.id, target: input.target, realization: input.realization },
      { onSuccess: () => onDone(t('indicator.saved', { name: indicator.name })) },
    );
  };

  return (
    <li>
      <form className="form" onSubmit={submit} noValidate aria-label={indicator.name}>
        <p>
          <strong>{indicator.name}</strong> <span className="sc-meta">({indicator.unit})</span>
        </p>
        <div className="sc-indicator-row">
          <Field id={`ind-target-${indicator.id}`} label={t('indicator.target', { name: indicator.name })} error={err('target')}>
            {(c) => <input {...c} inputMode="decimal" value={target} onChange={(e) => setTarget(e.target.value)} />}
          </Field>
          <Field id={`ind-real-${indicator.id}`} label={t('indicator.realization', { name: indicator.name })} error={err('realization')}>
            {(c) => <input {...c} inputMode="decimal" value={realization} onChange={(e) => setRealization(e.target.value)} />}
          </Field>
          <div className="button-row">
            <button type="submit" className="button secondary" disabled={update.isPending}>
              {update.isPending ? t('working') : t('indicator.save')}
              <span className="visually-hidden"> {indicator.name}</span>
            </button>
            <ConfirmButton
              label={t('indicator.remove')}
              question={t('indicator.removeQuestion', { name: indicator.name })}
              confirmLabel={t('indicator.removeConfirm')}
              pending={remove.isPending}
              onConfirm={() => remove.mutate(indicator.id, { onSuccess: () => onDone(t('indicator.removed', { name: indicator.name })) })}
            />
          </div>
        </div>
        <ErrorMessage error={update.error ?? remove.error} />
      </form>
    </li>
  );
}

function AddIndicator({ item, onDone }: { item: RoadmapItem; onDone: Done }) {
  const { t } = useTranslation('smartcity');
  const add = useAddIndicator(item.id);
  const empty = { name: '', unit: '', target: '', realization: '' };
  const [row, setRow] = useState(empty);
  const [problems, setProblems] = useState<DraftProblems>({});
  const err = (field: string) => (problems[field] ? t('form.figureInvalid') : fieldError(add.error, field));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: DraftProblems = {};
    const input = indicatorOf(row, '', found);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    add.mutate(input, {
      onSuccess: () => {
        onDone(t('indicator.added', { name: input.name }));
        setRow(empty);
      },
    });
  };

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="ind-add-title">
      <h3 id="ind-add-title">{t('indicator.addTitle')}</h3>
      <div className="sc-indicator-row">
        <Field id="ind-new-name" label={t('indicator.name')} error={err('name')}>
          {(c) => <input {...c} maxLength={300} value={row.name} onChange={(e) => setRow({ ...row, name: e.target.value })} />}
        </Field>
        <Field id="ind-new-unit" label={t('indicator.unit')} error={err('unit')}>
          {(c) => <input {...c} maxLength={40} value={row.unit} onChange={(e) => setRow({ ...row, unit: e.target.value })} />}
        </Field>
        <Field id="ind-new-target" label={t('indicator.newTarget')} error={err('target')}>
          {(c) => <input {...c} inputMode="decimal" value={row.target} onChange={(e) => setRow({ ...row, target: e.target.value })} />}
        </Field>
        <Field id="ind-new-real" label={t('indicator.newRealization')} error={err('realization')}>
          {(c) => <input {...c} inputMode="decimal" value={row.realization} onChange={(e) => setRow({ ...row, realization: e.target.value })} />}
        </Field>
      </div>
      <ErrorMessage error={add.error} />
      <div className="button-row">
        <button type="submit" className="button secondary" disabled={add.isPending}>
          {add.isPending ? t('working') : t('indicator.add')}
        </button>
      </div>
    </form>
  );
}

export function IndicatorsSection({ item, editable, onDone }: { item: RoadmapItem; editable: boolean; onDone: Done }) {
  const { t } = useTranslation('smartcity');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('form.indicators')}</h2>
      {item.indicators.length === 0 ? (
        <p className="hint">{t('item.noIndicators')}</p>
      ) : editable ? (
        <ul className="sc-milestones">
          {item.indicators.map((i) => (
            // A new key after each save: the fields start again from what the server holds.
            <IndicatorRow key={`${i.id}-${item.updatedAt}`} indicator={i} onDone={onDone} />
          ))}
        </ul>
      ) : (
        <TableScroll label={t('item.indicatorsCaption', { title: item.title })}>
          <table className="sc-table">
            <caption className="visually-hidden">{t('item.indicatorsCaption', { title: item.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('item.indicator')}</th>
                <th scope="col" className="number">
                  {t('item.target')}
                </th>
                <th scope="col" className="number">
                  {t('item.realization')}
                </th>
              </tr>
            </thead>
            <tbody>
              {item.indicators.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{i.name}</th>
                  <td className="number">{figure(i.target, i.unit)}</td>
                  <td className="number">{figure(i.realization, i.unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {editable && <AddIndicator item={item} onDone={onDone} />}
    </section>
  );
}
