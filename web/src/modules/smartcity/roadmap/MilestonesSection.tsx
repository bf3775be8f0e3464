/**
 * A roadmap item's milestones: each with its due date, its weight in the item's progress and
 * whether it is done; marking one done (or not done after all) moves the progress at once, as the
 * server recomputes it. A new milestone is added below the list.
 */
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cityDay, formatDate, formatNumber } from '../../../i18n/format';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { ConfirmButton } from '../../admin/components/ConfirmButton';
import { fieldError } from '../../admin/components/errors';
import { useAddMilestone, useRemoveMilestone, useSetMilestoneDone } from '../shared/api';
import { parseFigure } from '../shared/format';
import type { RoadmapItem } from '../shared/types';

/** A calendar day in words, read at noon UTC so no time zone moves it to the day before. */
const dayText = (day: string) => formatDate(`${day.slice(0, 10)}T12:00:00Z`);

interface Props {
  item: RoadmapItem;
  editable: boolean;
  onDone: (message: string) => void;
}

function AddMilestone({ item, onDone }: { item: RoadmapItem; onDone: (message: string) => void }) {
  const { t } = useTranslation('smartcity');
  const add = useAddMilestone(item.id);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [weight, setWeight] = useState('1');
  const [badWeight, setBadWeight] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseFigure(weight);
    const bad = typeof parsed !== 'number';
    setBadWeight(bad);
    if (bad) return;
    add.mutate(
      { title: title.trim(), due, weight: parsed },
      {
        onSuccess: () => {
          onDone(t('milestone.added', { title: title.trim() }));
          setTitle('');
          setDue('');
          setWeight('1');
        },
      },
    );
  };

  return (
    <form className="form card" onSubmit={submit} noValidate aria-label={t('milestone.addTitle')}>
      <h3>{t('milestone.addTitle')}</h3>
      <div className="grid three">
        <Field id="ms-title" label={t('milestone.title')} error={fieldError(add.error, 'title')}>
          {(c) => <input {...c} maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} required />}
        </Field>
        <Field id="ms-due" label={t('milestone.due')} error={fieldError(add.error, 'due')}>
          {(c) => <input {...c} type="date" value={due} onChange={(e) => setDue(e.target.value)} required />}
        </Field>
        <Field
          id="ms-weight"
          label={t('milestone.weight')}
          hint={t('milestone.weightHint')}
          error={badWeight ? t('form.figureInvalid') : fieldError(add.error, 'weight')}
        >
          {(c) => <input {...c} inputMode="decimal" value={weight} onChange={(e) => setWeight(e.target.value)} />}
        </Field>
      </div>
      <ErrorMessage error={add.error} />
      <div className="button-row">
        <button type="submit" className="button secondary" disabled={add.isPending}>
          {add.isPending ? t('working') : t('milestone.add')}
        </button>
      </div>
    </form>
  );
}

export function MilestonesSection({ item, editable, onDone }: Props) {
  const { t } = useTranslation('smartcity');
  const headingId = useId();
  const setDone = useSetMilestoneDone();
  const remove = useRemoveMilestone();
  const milestones = [...item.milestones].sort((a, b) => a.due.localeCompare(b.due));

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('milestone.heading')}</h2>
      {milestones.length === 0 ? (
        <p className="hint">{t('milestone.none')}</p>
      ) : (
        <ul className="sc-milestones">
          {milestones.map((m) => (
            <li key={m.id}>
              <span>
                <strong>{m.title}</strong>
                <span className="sc-meta">
                  {' · '}
                  {t('milestone.dueOn', { date: dayText(m.due) })} · {t('milestone.weightIs', { weight: formatNumber(m.weight, 2) })}
                </span>
              </span>
              <span className="button-row">
                {m.doneAt ? <span className="sc-done">{t('milestone.doneOn', { date: dayText(m.doneAt) })}</span> : <span>{t('milestone.open')}</span>}
                {editable && (
                  <button
                    type="button"
                    className="button secondary"
                    disabled={setDone.isPending}
                    onClick={() =>
                      setDone.mutate(
                        // Done today, in the city's calendar.
                        { id: m.id, doneAt: m.doneAt ? null : cityDay(new Date()) },
                        { onSuccess: () => onDone(t(m.doneAt ? 'milestone.reopened' : 'milestone.marked', { title: m.title })) },
                      )
                    }
                  >
                    {t(m.doneAt ? 'milestone.reopen' : 'milestone.markDone')}
                    <span className="visually-hidden"> {m.title}</span>
                  </button>
                )}
                {editable && (
                  <ConfirmButton
                    label={t('milestone.remove')}
                    question={t('milestone.removeQuestion', { title: m.title })}
                    confirmLabel={t('milestone.removeConfirm')}
                    pending={remove.isPending}
                    onConfirm={() => remove.mutate(m.id, { onSuccess: () => onDone(t('milestone.removed', { title: m.title })) })}
                  />
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={setDone.error ?? remove.error} />
      {editable && <AddMilestone item={item} onDone={onDone} />}
    </section>
  );
}
