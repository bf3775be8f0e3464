/**
 * Closing an OPD after a restructuring: from the day after its last day it drops out of every
 * choice, while its complaints and history stay. A closed OPD can be opened again.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cityDay, formatDate } from '../../../i18n/format';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { ConfirmButton } from '../components/ConfirmButton';
import { fieldError } from '../components/errors';
import type { OpdRecord } from '../components/opds';
import { useSetValidTo } from './api';

export function CloseOpd({ opd, onDone }: { opd: OpdRecord; onDone: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const setValidTo = useSetValidTo(opd.id);
  const [day, setDay] = useState(cityDay(new Date()));

  return (
    <section className="card form-card" aria-labelledby="opd-close-title">
      <h2 id="opd-close-title">{t('opds.close.title')}</h2>
      {opd.validTo ? (
        <>
          <p>{t('opds.close.closedOn', { date: formatDate(opd.validTo) })}</p>
          <ErrorMessage error={setValidTo.error} />
          <button
            type="button"
            className="button secondary"
            disabled={setValidTo.isPending}
            onClick={() => setValidTo.mutate(null, { onSuccess: () => onDone(t('opds.close.reopened', { name: opd.shortName })) })}
          >
            {setValidTo.isPending ? t('shared.saving') : t('opds.close.reopen')}
          </button>
        </>
      ) : (
        <>
          <p>{t('opds.close.text')}</p>
          <Field id="opd-close-day" label={t('opds.close.lastDay')} error={fieldError(setValidTo.error, 'validTo')}>
            {(c) => <input {...c} type="date" value={day} min={opd.validFrom} onChange={(e) => setDay(e.target.value)} />}
          </Field>
          <ErrorMessage error={setValidTo.error} />
          <ConfirmButton
            className="button danger"
            label={t('opds.close.submit')}
            question={t('opds.close.question', { name: opd.name, date: day ? formatDate(day) : '' })}
            confirmLabel={t('opds.close.confirm')}
            pending={setValidTo.isPending}
            onConfirm={() => setValidTo.mutate(day, { onSuccess: () => onDone(t('opds.close.closed', { name: opd.shortName })) })}
          />
        </>
      )}
    </section>
  );
}
