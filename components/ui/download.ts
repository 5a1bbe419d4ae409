/**
 * Saves text as a file the reader downloads (nothing leaves the device). The object URL is let go
 * a moment later: revoked at once, a browser may drop the download it just started.
 */
export function download(text: string, name: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
