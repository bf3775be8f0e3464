/**
 * A secret the server shows once (an API token, a webhook's signing key): in a read-only field to
 * select or copy, with a plain warning, until the admin says it is stored.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../ui/CopyButton';

interface Props {
  id: string;
  title: string;
  label: string;
  secret: string;
  children?: ReactNode;
  onDone: () => void;
}

export function SecretReveal({ id, title, label, secret, children, onDone }: Props) {
  const { t } = useTranslation('admin');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="alert alert-warning secret-reveal" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p>
        <strong>{t('shared.secretOnce')}</strong>
      </p>
      {children}
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} className="secret-value" readOnly value={secret} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div className="button-row">
        <CopyButton text={secret} />
        <button type="button" className="button" onClick={onDone}>
          {t('shared.secretStored')}
        </button>
      </div>
    </section>
  );
}
