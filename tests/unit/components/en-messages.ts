import messages from '../../../public/_locales/en/messages.json';

type Message = { message: string; placeholders?: Record<string, { content: string }> };

/** browser.i18n.getMessage over the English messages, with their placeholders filled as the browser fills them. */
export function englishMessage(key: string, subs: string | string[] = []): string {
  const m = (messages as Record<string, Message>)[key];
  if (!m) return '';
  const list = Array.isArray(subs) ? subs : [subs];
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, i: string) => list[Number(i) - 1] ?? '');
  });
}
