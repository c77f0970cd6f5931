using System.Globalization;
using System.Text;

namespace Handreiking.Site.Checklists;

/// <summary>
/// Makes Chromium's PDFs byte-identical from build to build: Skia stamps the document with the
/// clock (<c>/CreationDate</c>, <c>/ModDate</c>); those become the handbook's version date, written
/// in exactly as many bytes, so every offset in the file's cross-reference table stays right.
/// Everything else Chromium writes is already the same for the same page.
/// </summary>
internal static class PdfNormalizer
{
    private static readonly string[] DateKeys = ["/CreationDate (D:", "/ModDate (D:"];

    public static byte[] Normalize(byte[] pdf, DateOnly date)
    {
        var result = (byte[])pdf.Clone();
        var stamp = Encoding.ASCII.GetBytes(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000");
        foreach (var key in DateKeys.Select(Encoding.ASCII.GetBytes))
        {
            var at = result.AsSpan().IndexOf(key);
            if (at < 0)
            {
                continue;
            }

            // D:YYYYMMDDHHmmSS, then a time zone the version date keeps as it was.
            var digits = result.AsSpan(at + key.Length);
            if (digits.Length >= stamp.Length && digits[..stamp.Length].IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0)
            {
                stamp.CopyTo(digits);
            }
        }

        return result;
    }
}
