// CSV export (RFC 4180 quoting) of what the page shows, downloaded by the browser without a round trip.

export function toCsv(columns, rows) {
  const quote = (value) => {
    const text = value === null || value === undefined ? '' : String(value);
    // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [columns.map(quote).join(','), ...rows.map((row) => columns.map((column) => quote(row[column])).join(','))].join('\r\n') + '\r\n';
}

export function download(fileName, text) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
