import { browser } from 'wxt/browser';
import { parseReply, type BackgroundKind, type PageRequest, type Reply, type TabRequest } from './messages';

/** The extension pages' side of the protocol: sends to the background and parses the reply (errors become exceptions). */
export async function ask<R extends PageRequest>(req: R): Promise<Reply<R['type'] & BackgroundKind>> {
  return parseReply(req.type, await browser.runtime.sendMessage(req)) as Reply<R['type'] & BackgroundKind>;
}

/** Sends a request to the content script of a tab's top frame. */
export async function askTab<R extends TabRequest>(tabId: number, req: R): Promise<Reply<R['type']>> {
  return parseReply<R['type']>(req.type, await browser.tabs.sendMessage(tabId, req, { frameId: 0 }));
}
