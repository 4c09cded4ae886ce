import { useTranslation } from 'react-i18next';
import { SafeHtml } from '@/components/safe-html';
import { useFormatters } from '@/lib/format';
import { downloadAttachment, type Article } from '@/features/ticket-zoom/api/ticket';

export type ArticleKind = 'internalNote' | 'externalNote' | 'emailIn' | 'emailOut' | 'phone' | 'chat';

export function articleKind(article: Article): ArticleKind {
  if (article.channel === 'email') return article.senderType === 'customer' ? 'emailIn' : 'emailOut';
  if (article.channel === 'phone') return 'phone';
  if (article.channel === 'chat') return 'chat';
  return article.isVisibleForCustomer ? 'externalNote' : 'internalNote';
}

const styles: Record<ArticleKind, string> = {
  internalNote: 'border-s-amber-500 bg-amber-50',
  externalNote: 'border-s-emerald-600 bg-white',
  emailIn: 'border-s-blue-600 bg-white',
  emailOut: 'border-s-indigo-600 bg-indigo-50',
  phone: 'border-s-purple-600 bg-white',
  chat: 'border-s-slate-500 bg-white',
};

export function ArticleTimeline({ ticketId, articles }: { ticketId: number; articles: Article[] }) {
  const { t } = useTranslation('agent');
  const f = useFormatters();
  return (
    <ol className="flex flex-col gap-3" aria-label={t('zoom.articles')}>
      {articles.map((article) => {
        const kind = articleKind(article);
        return (
          <li key={article.id}>
            <article
              aria-labelledby={`article-${article.id}`}
              data-kind={kind}
              className={`rounded border border-s-4 border-slate-200 p-3 ${styles[kind]}`}
            >
              <header className="mb-2 flex flex-wrap items-baseline justify-between gap-2 text-sm">
                <h3 id={`article-${article.id}`} className="font-semibold">
                  {article.subject}
                </h3>
                <span className="rounded bg-slate-200 px-1.5 text-xs">{t(`articleKind.${kind}`)}</span>
                <span className="text-slate-600">
                  {article.from && `${article.from} · `}
                  <time dateTime={article.created ?? undefined}>{f.dateTime(article.created)}</time>
                </span>
              </header>
              {article.bodyHtml ? (
                <SafeHtml html={article.bodyHtml} />
              ) : (
                <p className="text-sm whitespace-pre-wrap">{article.body}</p>
              )}
              {!!article.attachments?.length && (
                <ul aria-label={t('zoom.attachments')} className="mt-2 flex flex-wrap gap-2">
                  {article.attachments.map((a) => (
                    <li key={a.id}>
                      <button
                        type="button"
                        className="rounded border border-slate-300 bg-white px-2 py-0.5 text-sm text-blue-800 underline"
                        onClick={() => void downloadAttachment(ticketId, article.id!, a)}
                      >
                        {a.filename} ({f.kilobytes(a.size ?? 0)})
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
