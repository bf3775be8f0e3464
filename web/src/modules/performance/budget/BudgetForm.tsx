/**
 * The mayor's team sets one OPD's pagu and its cash plan per quarter. Choosing an OPD that already
 * has a budget fills in its figures, so a change starts from what is recorded.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../../admin/components/errors';
import { useOpdChoices } from '../../admin/components/opds';
import { parseRupiah } from '../shared/figures';
import { QUARTERS, quarterName } from '../shared/quarters';
import { type Budget, useSetBudget } from './api';

interface Props {
  periodId: string;
  budgets: Budget[];
  onSaved: (message: string) => void;
}

const amountsOf = (budget: Budget | undefined) => (budget ? [budget.pagu, ...budget.plan].map(String) : ['', '', '', '', '']);

export function BudgetForm({ periodId, budgets, onSaved }: Props) {
  const { t } = useTranslation('performance');
  const opds = useOpdChoices();
  const save = useSetBudget(periodId);
  const [opdId, setOpdId] = useState('');
  // Pagu first, then TW I-IV, as typed (grouping dots allowed).
  const [amounts, setAmounts] = useState<string[]>(amountsOf(undefined));
  const [invalid, setInvalid] = useState<boolean[]>([]);

  const choose = (id: string) => {
    setOpdId(id);
    setAmounts(amountsOf(budgets.find((b) => b.opdId === id)));
    setInvalid([]);
    save.reset();
  };
  const type = (index: number, text: string) => setAmounts((current) => current.map((a, i) => (i === index ? text : a)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = amounts.map(parseRupiah);
    setInvalid(parsed.map((p) => p === 'invalid'));
    if (!opdId || parsed.some((p) => p === 'invalid')) return;
    const [pagu, ...plan] = parsed as number[];
    const name = opds.items.find((o) => o.id === opdId)?.shortName ?? '';
    save.mutate({ opdId, pagu, plan }, { onSuccess: () => onSaved(t('budget.form.saved', { opd: name })) });
  };

  const amountField = (index: number, label: string, error?: string) => (
    <Field key={index} id={`budget-amount-${index}`} label={label} error={invalid[index] ? t('budget.form.invalid') : error}>
      {(c) => <input {...c} inputMode="numeric" autoComplete="off" value={amounts[index]} onChange={(e) => type(index, e.target.value)} />}
    </Field>
  );

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field id="budget-opd" label={t('budget.form.opd')} error={fieldError(save.error, 'opdId')}>
        {(c) => (
          <select {...c} value={opdId} onChange={(e) => choose(e.target.value)} required>
            <option value="">{t('budget.form.chooseOpd')}</option>
            {opds.items.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {opdId && (
        <>
          <p className="hint">{t('budget.form.hint')}</p>
          <div className="perf-amounts">
            {amountField(0, t('budget.form.pagu'), fieldError(save.error, 'pagu'))}
            {QUARTERS.map((q) => amountField(q, t('budget.form.plan', { quarter: quarterName(q) }), fieldError(save.error, `plan/${q - 1}`)))}
          </div>
          <ErrorMessage error={save.error} />
          <div className="button-row">
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending ? t('working') : t('budget.form.save')}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
