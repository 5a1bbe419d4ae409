import { browser } from 'wxt/browser';
import { parseReply, type ContentRequest, type PageRequest, type Reply, type TabRequest } from './messages';

/** Sends a request to the background and parses the reply (errors become exceptions). */
export async function ask<R extends ContentRequest | PageRequest>(req: R): Promise<Reply<R['type']>> {
  return parseReply<R['type']>(req.type, await browser.runtime.sendMessage(req));
}

/** Sends a request to the content script of a tab's top frame. */
export async function askTab<R extends TabRequest>(tabId: number, req: R): Promise<Reply<R['type']>> {
  return parseReply<R['type']>(req.type, await browser.tabs.sendMessage(tabId, req, { frameId: 0 }));
}
