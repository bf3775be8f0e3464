/**
 * What the reporter may do now, by the complaint's status (complaint.states.ts): answer the admin
 * desk's question while it is postponed; confirm and rate, or reopen, once it is answered; and a
 * message on the timeline at any other time. Only the steps the status allows are offered.
 */
import { useTranslation } from 'react-i18next';
import type { PublicComplaint, PublicEvent } from '../../shared/types';
import { ConfirmForm } from './ConfirmForm';
import { reopenStillPossible } from './deadline';
import { MessageForm } from './MessageForm';
import { ReopenForm } from './ReopenForm';

interface Props {
  complaint: PublicComplaint;
  timeline: PublicEvent[];
  secret: string;
  onDone: (message: string) => void;
  onForget: () => void;
}

export function ReporterActions({ complaint, timeline, secret, onDone, onForget }: Props) {
  const { t } = useTranslation('citizen');
  const { trackingNo, status } = complaint;
  const question = status === 'postponed' ? timeline.findLast((e) => e.type === 'postponed')?.note : null;

  return (
    <section aria-labelledby="track-actions-title" className="track-reporter">
      <h2 id="track-actions-title">{t('action.title')}</h2>
      <p>
        {t('action.intro')}{' '}
        <button type="button" className="link-button" onClick={onForget}>
          {t('action.forget')}
        </button>
      </p>

      {status === 'postponed' && (
        <>
          {question && (
            <div className="track-question">
              <p>
                <strong>{t('action.info.question')}</strong>
              </p>
              <p className="track-text">{question}</p>
            </div>
          )}
          <MessageForm
            trackingNo={trackingNo}
            secret={secret}
            action="info"
            title={t('action.info.title')}
            label={t('action.info.label')}
            hint={t('action.info.hint')}
            submit={t('action.info.submit')}
            done={t('action.info.done')}
            onDone={onDone}
          />
        </>
      )}

      {status === 'responded' && (
        <>
          <ConfirmForm trackingNo={trackingNo} secret={secret} onDone={onDone} />
          {reopenStillPossible(complaint.dueAt) ? (
            <ReopenForm trackingNo={trackingNo} secret={secret} dueAt={complaint.dueAt} onDone={onDone} />
          ) : (
            <p className="hint">{t('action.reopen.passed')}</p>
          )}
        </>
      )}

      {status !== 'postponed' && (
        <MessageForm
          trackingNo={trackingNo}
          secret={secret}
          action="replies"
          title={t('action.reply.title')}
          label={t('action.reply.label')}
          hint={status === 'closed' || status === 'rejected' ? t('action.reply.hintFinished') : t('action.reply.hint')}
          submit={t('action.reply.submit')}
          done={t('action.reply.done')}
          onDone={onDone}
        />
      )}
    </section>
  );
}
