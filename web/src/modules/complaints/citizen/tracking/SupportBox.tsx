/** "Me too": anyone may add their support to an open complaint, once (the server counts per person). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../i18n/format';
import { ErrorMessage } from '../../../../ui/feedback';
import { useSupport } from './useTracking';

export function SupportBox({ trackingNo, supporters, onDone }: { trackingNo: string; supporters: number; onDone: (message: string) => void }) {
  const { t } = useTranslation('citizen');
  const support = useSupport(trackingNo);
  const [done, setDone] = useState(false);

  const click = () =>
    support.mutate(undefined, {
      onSuccess: (answer) => {
        setDone(true);
        onDone(answer.added ? t('support.added', { value: formatNumber(answer.supporters) }) : t('support.already'));
      },
    });

  return (
    <section aria-labelledby="track-support-title" className="track-support">
      <h2 id="track-support-title">{t('support.title')}</h2>
      <p>{t('support.text', { count: supporters, value: formatNumber(supporters) })}</p>
      {done ? (
        <p>{t('support.thanks')}</p>
      ) : (
        <button type="button" className="button secondary" onClick={click} disabled={support.isPending}>
          {support.isPending ? t('action.sending') : t('support.button')}
        </button>
      )}
      <ErrorMessage error={support.error} />
    </section>
  );
}
