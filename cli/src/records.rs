//! The records of a retention stream: one per line, JSON Lines or CSV, read in bounded memory.
//!
//! Every line is accounted for: it is a record, blank, the CSV header, or rejected with its
//! line number and why. A line longer than the limit is skipped without being buffered, so
//! no input (not even `/dev/zero`) makes memory grow.

use std::io::{self, BufRead};

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

/// The default longest line accepted, in bytes: an id and a date need far less.
pub const DEFAULT_MAX_LINE_BYTES: usize = 64 * 1024;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One record: an id and the date its retention period runs from, if its trigger happened.
#[derive(Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The record's id, as the caller's system knows it.
    pub id: String,
    /// When the event the period runs from happened; `None` (JSON `null`, an empty CSV
    /// cell) when it has not happened yet.
    #[serde(deserialize_with = "present_or_null")]
    pub trigger_date: Option<NaiveDate>,
}

/// A field that must be present, but may be `null`: serde would read a missing `Option` as
/// `None`, and a record whose date was forgotten is not one whose trigger has not happened.
fn present_or_null<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::deserialize(d)
}

/// A line that is not a record.
#[derive(Debug, PartialEq, Eq)]
pub struct Rejected {
    /// The line number, from 1.
    pub line: u64,
    /// Where in the record: a JSON path or a CSV column, when known.
    pub path: Option<String>,
    /// What was wrong.
    pub message: String,
}

impl Rejected {
    fn new(line: u64, path: Option<String>, message: impl Into<String>) -> Rejected {
        Rejected {
            line,
            path,
            message: message.into(),
        }
    }
}

/// What the next line held.
#[derive(Debug, PartialEq, Eq)]
pub enum Entry {
    /// A record, on this line.
    Record(u64, Record),
    /// A line that is not a record.
    Rejected(Rejected),
}

/// Why the stream cannot be read at all.
#[derive(Debug)]
pub enum Fatal {
    /// Reading the input failed.
    Io(io::Error),
    /// The CSV header does not name the columns: no line after it can be read.
    Header(Rejected),
}

/// How the records are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// A header line, then one record per line; `,` or `;` as the header uses.
    Csv,
}

/// The records of `input`, in order.
pub struct Records<R> {
    lines: Lines<R>,
    format: Format,
    csv: Option<Columns>,
}

impl<R: BufRead> Records<R> {
    /// Reads `input` as `format`, refusing lines longer than `max_line_bytes`.
    pub fn new(input: R, format: Format, max_line_bytes: usize) -> Records<R> {
        Records {
            lines: Lines {
                input,
                limit: max_line_bytes,
                number: 0,
                buf: Vec::new(),
            },
            format,
            csv: None,
        }
    }

    /// The number of lines read so far.
    pub fn lines_read(&self) -> u64 {
        self.lines.number
    }

    /// The next record or rejected line; `None` at the end of the input.
    pub fn next_entry(&mut self) -> Result<Option<Entry>, Fatal> {
        let limit = self.lines.limit;
        loop {
            let Some((number, line)) = self.lines.next_line().map_err(Fatal::Io)? else {
                return Ok(None);
            };
            let text = match line {
                Line::TooLong => {
                    let message = format!(
                        "the line is longer than the limit of {limit} bytes; it was skipped unread"
                    );
                    return Ok(Some(Entry::Rejected(Rejected::new(number, None, message))));
                }
                Line::Text(text) => text,
            };
            if text.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let entry = match self.format {
                Format::Jsonl => json_record(number, text),
                Format::Csv => match &mut self.csv {
                    Some(columns) => columns.record(number, text),
                    None => {
                        self.csv = Some(Columns::from_header(number, text).map_err(Fatal::Header)?);
                        continue;
                    }
                },
            };
            return Ok(Some(match entry {
                Ok(record) => Entry::Record(number, record),
                Err(rejected) => Entry::Rejected(rejected),
            }));
        }
    }
}

fn utf8(number: u64, bytes: &[u8]) -> Result<&str, Rejected> {
    std::str::from_utf8(bytes)
        .map_err(|e| Rejected::new(number, None, format!("the line is not UTF-8: {e}")))
}

fn json_record(number: u64, bytes: &[u8]) -> Result<Record, Rejected> {
    let record: Record = gdpr::from_json(utf8(number, bytes)?)
        .map_err(|e| Rejected::new(number, Some(e.path().to_owned()), e.message().to_owned()))?;
    check_id(number, Some("id".to_owned()), record)
}

fn check_id(number: u64, path: Option<String>, record: Record) -> Result<Record, Rejected> {
    if record.id.trim().is_empty() {
        return Err(Rejected::new(number, path, "the record has no id"));
    }
    Ok(record)
}

/// Where the CSV header put the columns, and the parser for its lines.
struct Columns {
    parser: CsvLine,
    count: usize,
    id: usize,
    trigger_date: usize,
}

impl Columns {
    fn from_header(number: u64, line: &[u8]) -> Result<Columns, Rejected> {
        // Spreadsheets set to Dutch or Belgian conventions separate fields with `;`.
        let delimiter = if line.contains(&b';') && !line.contains(&b',') {
            b';'
        } else {
            b','
        };
        let mut parser = CsvLine::new(delimiter);
        let fields = parser.split(number, line)?;
        let (mut id, mut trigger_date) = (None, None);
        for (i, name) in fields.iter().enumerate() {
            let slot = match name.as_str() {
                "id" => &mut id,
                "trigger_date" => &mut trigger_date,
                other => {
                    return Err(Rejected::new(
                        number,
                        None,
                        format!(
                        "unknown column `{other}` in the header, expected `id` and `trigger_date`"
                    ),
                    ))
                }
            };
            if slot.replace(i).is_some() {
                return Err(Rejected::new(
                    number,
                    None,
                    format!("the header names the column `{name}` twice"),
                ));
            }
        }
        match (id, trigger_date) {
            (Some(id), Some(trigger_date)) => Ok(Columns {
                parser,
                count: fields.len(),
                id,
                trigger_date,
            }),
            _ => Err(Rejected::new(
                number,
                None,
                "the header must name the columns `id` and `trigger_date`",
            )),
        }
    }

    fn record(&mut self, number: u64, line: &[u8]) -> Result<Record, Rejected> {
        let fields = self.parser.split(number, line)?;
        if fields.len() != self.count {
            return Err(Rejected::new(
                number,
                None,
                format!(
                    "the record has {} fields, the header {}",
                    fields.len(),
                    self.count
                ),
            ));
        }
        let field = |i: usize| fields.get(i).map_or("", String::as_str);
        let date = field(self.trigger_date);
        let trigger_date = if date.is_empty() {
            None
        } else {
            Some(date.parse::<NaiveDate>().map_err(|_| {
                Rejected::new(
                    number,
                    Some("trigger_date".to_owned()),
                    format!("`{date}` is not a date (YYYY-MM-DD)"),
                )
            })?)
        };
        let record = Record {
            id: field(self.id).to_owned(),
            trigger_date,
        };
        check_id(number, Some("id".to_owned()), record)
    }
}

/// A CSV parser for one line at a time: the `csv` crate's own engine (`csv-core`), built once
/// and reset for each line, so that a record can never run past the end of its line.
struct CsvLine {
    reader: csv_core::Reader,
    field: Vec<u8>,
}

impl CsvLine {
    fn new(delimiter: u8) -> CsvLine {
        CsvLine {
            reader: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            field: Vec::new(),
        }
    }

    /// The fields of one line, unquoted and trimmed.
    fn split(&mut self, number: u64, line: &[u8]) -> Result<Vec<String>, Rejected> {
        // A quote left open would make the field run to the end of the line: refused, so
        // that a stray quote cannot silently merge fields.
        if line.iter().filter(|&&b| b == b'"').count() % 2 != 0 {
            return Err(Rejected::new(
                number,
                None,
                "a quoted field is not closed on its line (a record is one line)",
            ));
        }
        self.reader.reset();
        let mut fields = Vec::new();
        let mut input = line;
        let mut out = [0u8; 256];
        self.field.clear();
        loop {
            let (result, read, written) = self.reader.read_field(input, &mut out);
            input = input.get(read..).unwrap_or_default();
            self.field
                .extend_from_slice(out.get(..written).unwrap_or_default());
            match result {
                // An empty input tells the parser the line has ended.
                csv_core::ReadFieldResult::InputEmpty | csv_core::ReadFieldResult::OutputFull => {}
                csv_core::ReadFieldResult::Field { record_end } => {
                    let text = std::str::from_utf8(&self.field).map_err(|e| {
                        Rejected::new(number, None, format!("the line is not UTF-8: {e}"))
                    })?;
                    fields.push(text.trim().to_owned());
                    self.field.clear();
                    if record_end {
                        break;
                    }
                }
                csv_core::ReadFieldResult::End => break,
            }
        }
        if !input.is_empty() {
            return Err(Rejected::new(
                number,
                None,
                "the line holds more than one record (a carriage return inside it)",
            ));
        }
        Ok(fields)
    }
}

/// A line as read: its text without the line ending, or too long to keep.
enum Line<'a> {
    Text(&'a [u8]),
    TooLong,
}

/// Lines of at most `limit` bytes; a longer line is consumed without being kept.
struct Lines<R> {
    input: R,
    limit: usize,
    number: u64,
    buf: Vec<u8>,
}

impl<R: BufRead> Lines<R> {
    /// The next line and its number.
    fn next_line(&mut self) -> io::Result<Option<(u64, Line<'_>)>> {
        self.buf.clear();
        let mut too_long = false;
        let mut read_any = false;
        loop {
            let available = match self.input.fill_buf() {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                break;
            }
            read_any = true;
            let end = available.iter().position(|&b| b == b'\n');
            let chunk = available
                .get(..end.unwrap_or(available.len()))
                .unwrap_or_default();
            if !too_long {
                if self.buf.len() + chunk.len() > self.limit {
                    too_long = true;
                    self.buf = Vec::new();
                } else {
                    self.buf.extend_from_slice(chunk);
                }
            }
            let used = chunk.len() + usize::from(end.is_some());
            self.input.consume(used);
            if end.is_some() {
                break;
            }
        }
        if !read_any {
            return Ok(None);
        }
        self.number += 1;
        if too_long {
            return Ok(Some((self.number, Line::TooLong)));
        }
        let mut text = self.buf.as_slice();
        if self.number == 1 {
            text = text.strip_prefix(BOM).unwrap_or(text);
        }
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        Ok(Some((self.number, Line::Text(text))))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)]

    use std::io::Read;

    use super::*;

    fn entries(input: &str, format: Format) -> Vec<Entry> {
        let mut records = Records::new(input.as_bytes(), format, 100);
        let mut out = Vec::new();
        while let Some(entry) = records.next_entry().unwrap() {
            out.push(entry);
        }
        out
    }

    fn record(line: u64, id: &str, date: Option<(i32, u32, u32)>) -> Entry {
        Entry::Record(
            line,
            Record {
                id: id.to_owned(),
                trigger_date: date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            },
        )
    }

    fn rejected_lines(entries: &[Entry]) -> Vec<u64> {
        entries
            .iter()
            .filter_map(|e| match e {
                Entry::Rejected(r) => Some(r.line),
                Entry::Record(..) => None,
            })
            .collect()
    }

    #[test]
    fn csv_reads_quoted_fields_a_bom_semicolons_and_headers_in_any_order() {
        let input = "\u{feff}trigger_date;id\r\n2018-12-31;\"smith; john\"\r\n;\"o\"\"brien\"\n";
        assert_eq!(
            entries(input, Format::Csv),
            [
                record(2, "smith; john", Some((2018, 12, 31))),
                record(3, "o\"brien", None),
            ]
        );
        let input = "id,trigger_date\n\"smith, john\",2018-12-31\n";
        assert_eq!(
            entries(input, Format::Csv),
            [record(2, "smith, john", Some((2018, 12, 31)))]
        );
    }

    #[test]
    fn a_csv_header_with_an_unknown_or_missing_column_stops_the_stream() {
        for header in ["id,trigger_date,legal_hold", "id", "id,id,trigger_date"] {
            let mut records = Records::new(header.as_bytes(), Format::Csv, 100);
            assert!(
                matches!(records.next_entry(), Err(Fatal::Header(_))),
                "{header}"
            );
        }
    }

    #[test]
    fn bad_csv_records_are_rejected_with_their_line_and_the_rest_is_read() {
        let input = "id,trigger_date\n,2018-12-31\na,31-12-2018\n\"b,2018-12-31\nc,2018-12-31,x\nd,2018-12-31\n";
        let got = entries(input, Format::Csv);
        assert_eq!(rejected_lines(&got), [2, 3, 4, 5]);
        assert_eq!(got.last(), Some(&record(6, "d", Some((2018, 12, 31)))));
    }

    #[test]
    fn jsonl_refuses_unknown_fields_a_missing_id_and_a_missing_date() {
        let input = concat!(
            "{\"id\": \"a\", \"trigger_date\": \"2018-12-31\", \"legal_hold\": true}\n",
            "{\"trigger_date\": \"2018-12-31\"}\n",
            "{\"id\": \"c\"}\n",
            "{\"id\": \"\", \"trigger_date\": null}\n",
            "\n",
            "{\"id\": \"e\", \"trigger_date\": null}\n",
        );
        let got = entries(input, Format::Jsonl);
        assert_eq!(rejected_lines(&got), [1, 2, 3, 4]);
        assert_eq!(got.last(), Some(&record(6, "e", None)));
        let Entry::Rejected(first) = &got[0] else {
            panic!()
        };
        assert_eq!(first.path.as_deref(), Some("legal_hold"));
    }

    #[test]
    fn a_line_over_the_limit_is_rejected_and_the_next_is_read() {
        let input = format!(
            "{}\n{{\"id\": \"b\", \"trigger_date\": null}}\n",
            "x".repeat(1000)
        );
        let got = entries(&input, Format::Jsonl);
        assert_eq!(rejected_lines(&got), [1]);
        assert_eq!(got.last(), Some(&record(2, "b", None)));
    }

    #[test]
    fn an_endless_line_is_consumed_in_bounded_memory() {
        // 64 MiB of zeros without a newline: the buffer never holds more than the limit.
        let zeros = io::repeat(0).take(64 << 20);
        let mut records = Records::new(io::BufReader::new(zeros), Format::Jsonl, 100);
        assert!(matches!(
            records.next_entry().unwrap(),
            Some(Entry::Rejected(Rejected { line: 1, .. }))
        ));
        assert!(records.lines.buf.capacity() <= 100);
        assert_eq!(records.next_entry().unwrap(), None);
    }
}
