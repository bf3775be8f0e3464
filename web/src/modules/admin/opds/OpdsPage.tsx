/**
 * OPDs (/admin/opd): the city's structure of offices. A list, a form for a new OPD, and one OPD
 * (?ubah=<id>) to change or close.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../components/admin.css';
import { StatusLine } from '../components/StatusLine';
import { usePageParams } from '../components/usePageParams';
import { type OpdSaved, useOpd } from './api';
import { CloseOpd } from './CloseOpd';
import { OpdForm } from './OpdForm';
import { OpdList } from './OpdList';

function OpdEdit({ id, backSearch, carriedError, onMessage }: { id: string; backSearch: string; carriedError?: unknown; onMessage: (m: string) => void }) {
  const { t } = useTranslation('admin');
  const opd = useOpd(id);
  const params = usePageParams();
  if (opd.isPending) return <Loading />;
  if (opd.isError) return <ErrorMessage error={opd.error} />;
  const leave = () => params.set({ ubah: null }, { keepPage: true });
  return (
    <>
      <p>
        <Link to={{ search: backSearch }}>{t('opds.back')}</Link>
      </p>
      <OpdForm
        key={opd.data.id}
        opd={opd.data}
        carriedError={carriedError}
        onCancel={leave}
        onSaved={({ opd: saved }) => {
          onMessage(t('opds.saved', { name: saved.shortName }));
          leave();
        }}
      />
      <CloseOpd opd={opd.data} onDone={onMessage} />
    </>
  );
}

export default function OpdsPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('opds.title'));
  const params = usePageParams();
  const editing = params.get('ubah');
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [carried, setCarried] = useState<{ id: string; error: unknown } | null>(null);

  const created = ({ opd, profileError }: OpdSaved) => {
    setCreating(false);
    if (profileError) {
      // The OPD exists now; reopen it as an edit so the refused contacts can be fixed.
      setCarried({ id: opd.id, error: profileError });
      setMessage(t('opds.createdWithoutProfile', { name: opd.shortName }));
      params.set({ ubah: opd.id }, { keepPage: true });
    } else setMessage(t('opds.created', { name: opd.shortName }));
  };

  return (
    <main id="main" className="page">
      <h1>{t('opds.title')}</h1>
      <StatusLine message={message} />
      {editing ? (
        <OpdEdit
          id={editing}
          backSearch={params.searchWith({ ubah: null })}
          carriedError={carried?.id === editing ? carried.error : undefined}
          onMessage={setMessage}
        />
      ) : (
        <>
          <p className="admin-intro">{t('opds.intro')}</p>
          {creating ? (
            <OpdForm onSaved={created} onCancel={() => setCreating(false)} />
          ) : (
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setMessage(null);
                  setCreating(true);
                }}
              >
                {t('opds.create')}
              </button>
            </div>
          )}
          <OpdList params={params} />
        </>
      )}
    </main>
  );
}
