/**
 * Lacak Aduan: /lacak asks for a number; /lacak/:trackingNo shows that complaint. A number in the
 * wrong shape is named as such before anything is asked of the server.
 */
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { ComplaintPage } from './ComplaintPage';
import { TrackForm } from './TrackForm';
import { normaliseTrackingNo } from './trackingNo';
import './tracking.css';

function AskForNumber({ invalid }: { invalid?: string }) {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('track.title'));
  return (
    <main id="main" className="page narrow">
      <h1>{t('track.title')}</h1>
      <p className="lead">{t('track.lead')}</p>
      {invalid && (
        <div className="alert alert-error" role="alert">
          <p>{t('track.form.invalidAddress', { value: invalid })}</p>
        </div>
      )}
      <TrackForm initialNumber={invalid} />
      <p className="hint">{t('track.privateLinkHint')}</p>
    </main>
  );
}

export default function TrackPage() {
  const { trackingNo } = useParams();
  if (!trackingNo) return <AskForNumber />;
  const normalised = normaliseTrackingNo(trackingNo);
  if (!normalised) return <AskForNumber invalid={trackingNo} />;
  // A new number is a new page: its secret, messages and forms start afresh.
  return <ComplaintPage key={normalised} trackingNo={normalised} />;
}
