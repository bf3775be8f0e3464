/** Registering a receiver: which OPD's complaints, the URL to POST them to, and a note on what it is. */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/Field';
import { ErrorMessage } from '../../../ui/feedback';
import { fieldError } from '../components/errors';
import { OpdSelect } from '../components/OpdSelect';
import { useRegisterWebhook, type Webhook } from './api';

interface Props {
  /** An OPD head chooses among their own OPDs; undefined: every OPD (admin). */
  onlyOpds?: string[];
  onCreated: (webhook: Webhook, secret: string) => void;
  onCancel: () => void;
}

export function WebhookForm({ onlyOpds, onCreated, onCancel }: Props) {
  const { t } = useTranslation('admin');
  const register = useRegisterWebhook();
  const [opdId, setOpdId] = useState(onlyOpds?.length === 1 ? onlyOpds[0] : '');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const err = (field: string) => fieldError(register.error, field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate(
      { opdId, url: url.trim(), ...(description.trim() ? { description: description.trim() } : {}) },
      { onSuccess: (answer) => onCreated(answer.webhook, answer.secret) },
    );
  };

  return (
    <section className="card form-card" aria-labelledby="webhook-create-title">
      <h2 id="webhook-create-title" ref={heading} tabIndex={-1}>
        {t('webhooks.form.title')}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <Field id="webhook-opd" label={t('webhooks.fields.opd')} hint={t('webhooks.fields.opdHint')} error={err('opdId')}>
          {(c) => <OpdSelect {...c} value={opdId} onChange={setOpdId} only={onlyOpds} emptyLabel={t('shared.chooseOpd')} required />}
        </Field>
        <Field id="webhook-url" label={t('webhooks.fields.url')} hint={t('webhooks.fields.urlHint')} error={err('url')}>
          {(c) => <input {...c} type="url" required inputMode="url" spellCheck={false} value={url} onChange={(e) => setUrl(e.target.value)} />}
        </Field>
        <Field id="webhook-description" label={t('webhooks.fields.description')} hint={t('webhooks.fields.descriptionHint')} error={err('description')}>
          {(c) => <input {...c} maxLength={300} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <ErrorMessage error={register.error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={register.isPending || !opdId}>
            {register.isPending ? t('shared.saving') : t('webhooks.form.submit')}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('shared.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
