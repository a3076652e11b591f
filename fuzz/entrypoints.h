// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// The entry points the libFuzzer targets of fuzz/ drive, shared with the regression test that
/// replays every committed crash input (tests/model/test_fuzz_regressions.cpp). Each feeds one
/// input to a reader the way the program does and checks what must hold for any input; it returns
/// the broken invariant, or an empty string when all held. A crash, a hang or a sanitizer report
/// is a failure of its own.
namespace pw::fuzz {

/// The targets, also the names of their folders under tests/fixtures/fuzz and fuzz/corpus:
/// "csvreader", "xlsx", "detect", "template", "project".
QStringList targets();

/// CsvReader and ByteCsvReader over the same bytes (they must split a UTF-8 input alike), the
/// value parsers on every field, and FieldMapper against ByteFieldMapper on generic orders rows.
QString feedCsv(const QByteArray &data);
/// XlsxReader on the workbook at `path`, every record.
QString feedXlsx(const QString &path);
/// Encoding guess, delimiter sniffing and format detection on the file at `path`, then the
/// import preview of its first records (every format's mapper), as the import wizard does.
QString feedDetect(const QString &path);
/// PersonaTemplate::fromJson(); a template it accepts must survive toJson() and fromJson() again.
QString feedTemplate(const QByteArray &data);
/// Project::open() on the file at `path` (an SQLite file, or anything else).
QString feedProject(const QString &path);
/// A real project changed by `script` (every 3 bytes: one of a list of edits a user can make in
/// the sqlite3 shell — triggers, views, dropped columns and tables, absurd figures, long texts,
/// format numbers — a number and a length), then Project::open() and the first reads: no
/// crash, no hang (10 s), a refused file unchanged, names read within bounds.
QString feedProjectEdits(const QByteArray &script);

/// Feeds the file at `path` to `target`'s entry point, as the fuzz target does with its input.
QString feedFile(const QString &target, const QString &path);

} // namespace pw::fuzz
