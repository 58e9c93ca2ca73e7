using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace ProjectOffice.Forms.Xlsx;

/// <summary>
/// Bounds the work an uploaded workbook can cost before anything opens it as a workbook. An .xlsx is a zip: a few
/// hundred kilobytes can unpack to gigabytes of sheet XML (the exported plan with 200,000 rows appended is 0.75 MB and
/// cost ClosedXML 26 s and 780 MB). So the zip's directory is checked first (entries, each entry's and the total
/// unpacked size), then every worksheet is streamed through an XmlReader that stops at the row and cell limits or at
/// the size limit, whatever the directory claimed. Only then may ClosedXML read the whole file.
/// </summary>
public static class UploadedWorkbookGuard
{
    public const int MaxEntries = 500;
    public const long MaxEntryBytes = 20L * 1024 * 1024;
    public const long MaxTotalBytes = 50L * 1024 * 1024;
    public const int MaxRows = 10_000;
    public const int MaxCells = 200_000;

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>
    /// The Russian message naming the limit the file exceeds, or null when it is within all of them (or is no zip at
    /// all: that is the reader's «не читается» to say). The stream must be seekable; it is left at its start.
    /// </summary>
    public static string? Check(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        try
        {
            using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
            return CheckDirectory(zip) ?? CheckSheets(zip);
        }
        // A damaged archive throws whatever the zip reader meets first (not only InvalidDataException); the reader that
        // follows says «не читается» for all of them.
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
        finally
        {
            xlsx.Position = 0;
        }
    }

    private static string? CheckDirectory(ZipArchive zip)
    {
        if (zip.Entries.Count > MaxEntries)
        {
            return $"Файл не загружен: в нём больше {Count(MaxEntries)} частей — книга плана столько не содержит.";
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > MaxEntryBytes)
            {
                return $"Файл не загружен: часть «{entry.FullName}» в распакованном виде больше {Megabytes(MaxEntryBytes)}.";
            }

            total += entry.Length;
        }

        return total > MaxTotalBytes ? $"Файл не загружен: в распакованном виде он больше {Megabytes(MaxTotalBytes)}." : null;
    }

    private static string? CheckSheets(ZipArchive zip)
    {
        var rows = 0;
        var cells = 0;
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase)
                     && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            using var content = new BoundedStream(entry.Open(), MaxEntryBytes);
            using var reader = XmlReader.Create(content, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "row" && ++rows > MaxRows)
                {
                    return $"Файл не загружен: в нём больше {Count(MaxRows)} строк. Загружайте план, выгруженный порталом, без лишних строк.";
                }

                if (reader.LocalName == "c" && ++cells > MaxCells)
                {
                    return $"Файл не загружен: в нём больше {Count(MaxCells)} заполненных ячеек.";
                }
            }

            if (content.Exceeded)
            {
                return $"Файл не загружен: лист «{entry.FullName}» в распакованном виде больше {Megabytes(MaxEntryBytes)}.";
            }
        }

        return null;
    }

    private static string Count(long n) => n.ToString("N0", Russian);

    private static string Megabytes(long bytes) => $"{bytes / (1024 * 1024)} МБ";

    /// <summary>Reads at most <c>limit</c> bytes of an entry, then reports the end: a lying zip directory cannot make it read more.</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long read;

        public bool Exceeded { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (read >= limit)
            {
                Exceeded = inner.ReadByte() >= 0;
                return 0;
            }

            var n = inner.Read(buffer, offset, (int)Math.Min(count, limit - read));
            read += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
