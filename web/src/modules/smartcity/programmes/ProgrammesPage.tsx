/**
 * Masterplan kota cerdas (/konsol/smartcity/program), for the smart city team: the programmes by
 * horizon, each with the progress of the roadmap items that serve it, a new one, and changes to
 * one (opened in place). OPDs link their roadmap items to these programmes.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { AdminTable } from '../../admin/components/AdminTable';
import { StatusLine } from '../../admin/components/StatusLine';
import '../../complaints/officer/officer.css';
import { useCreateProgramme, useProgrammes, useUpdateProgramme } from '../shared/api';
import { yearsText } from '../shared/format';
import { useDimensionNames } from '../shared/names';
import { ProgressBar } from '../shared/ProgressBar';
import '../shared/smartcity.css';
import { HORIZONS, type Programme } from '../shared/types';
import { ProgrammeForm } from './ProgrammeForm';

function EditProgramme({ programme, onDone }: { programme: Programme; onDone: (message: string) => void }) {
  const { t } = useTranslation('smartcity');
  const update = useUpdateProgramme();
  return (
    <div className="card form-card">
      <h2>{t('programme.editTitle', { code: programme.code })}</h2>
      <ProgrammeForm
        programme={programme}
        idPrefix="prog-edit"
        pending={update.isPending}
        error={update.error}
        submitLabel={t('programme.save')}
        onSubmit={(input) => update.mutate({ id: programme.id, ...input }, { onSuccess: () => onDone(t('programme.saved', { code: input.code })) })}
      />
    </div>
  );
}

export default function ProgrammesPage() {
  const { t } = useTranslation('smartcity');
  useDocumentTitle(t('programme.pageTitle'));
  const programmes = useProgrammes();
  const create = useCreateProgramme();
  const names = useDimensionNames();
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  // A new form after each programme added: its fields start empty again.
  const [formKey, setFormKey] = useState(0);
  const edited = programmes.data?.find((p) => p.id === editing);

  return (
    <main id="main" className="page officer-page">
      <h1>{t('programme.pageTitle')}</h1>
      <p className="lead">{t('programme.intro')}</p>
      <StatusLine message={message} />
      {programmes.isPending ? (
        <Loading />
      ) : programmes.isError ? (
        <ErrorMessage error={programmes.error} />
      ) : programmes.data.length === 0 ? (
        <EmptyState title={t('public.noProgrammes')}>
          <p>{t('programme.emptyText')}</p>
        </EmptyState>
      ) : (
        HORIZONS.map((h) => {
          const items = programmes.data.filter((p) => p.horizon === h);
          if (items.length === 0) return null;
          return (
            <section key={h} aria-labelledby={`prog-${h}`}>
              <h2 id={`prog-${h}`}>{t(`horizon.${h}`)}</h2>
              <AdminTable
                caption={t(`horizon.${h}`)}
                columns={[
                  t('programme.code'),
                  t('programme.title'),
                  t('roadmap.col.dimension'),
                  t('roadmap.col.years'),
                  t('programme.leadOpd'),
                  t('roadmap.col.progress'),
                ]}
                actions
              >
                {items.map((p) => (
                  <tr key={p.id}>
                    <td>{p.code}</td>
                    <td>{p.title}</td>
                    <td>
                      {names.dimension(p.dimension)}
                      <div className="hint">{names.element(p.dimension, p.element)}</div>
                    </td>
                    <td>{yearsText(p)}</td>
                    <td>{p.leadOpdName ?? '—'}</td>
                    <td>
                      <ProgressBar progress={p.progress} label={t('progressOf', { name: p.title })} />
                      <div className="hint">{t('programme.items', { count: p.items, n: formatNumber(p.items) })}</div>
                    </td>
                    <td>
                      <button type="button" className="button secondary" onClick={() => setEditing(p.id)}>
                        {t('programme.edit')}
                        <span className="visually-hidden"> {p.code}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </AdminTable>
            </section>
          );
        })
      )}
      {edited && (
        <EditProgramme
          key={edited.id}
          programme={edited}
          onDone={(text) => {
            setMessage(text);
            setEditing(null);
          }}
        />
      )}
      <section className="card form-card" aria-labelledby="prog-new">
        <h2 id="prog-new">{t('programme.newTitle')}</h2>
        <ProgrammeForm
          key={formKey}
          idPrefix="prog-new"
          pending={create.isPending}
          error={create.error}
          submitLabel={t('programme.create')}
          onSubmit={(input) =>
            create.mutate(input, {
              onSuccess: () => {
                setMessage(t('programme.created', { code: input.code }));
                setFormKey((k) => k + 1);
              },
            })
          }
        />
      </section>
    </main>
  );
}
