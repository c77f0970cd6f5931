using System.Globalization;
using System.Net;
using System.Text;
using Handreiking.Site.Rendering;
using QRCoder;

namespace Handreiking.Site.Checklists;

/// <summary>
/// A QR code as an inline SVG drawing, made at build time so a printed checklist leads back to its
/// page without any request leaving the site. One path of unit squares, no style attributes (the
/// site's CSP allows none) and no clock or randomness: the same address gives the same bytes.
/// </summary>
internal static class QrCodeSvg
{
    /// <param name="address">What the code holds: an absolute address of the site.</param>
    /// <param name="label">The accessible name of the drawing ("QR-code naar …").</param>
    public static TrustedHtml Create(string address, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;

        // QRCoder's matrix already carries the quiet zone of 4 light modules the standard asks for.
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (matrix[y][x])
                {
                    // A run of dark modules on one row becomes one rectangle.
                    var start = x;
                    while (x + 1 < size && matrix[y][x + 1])
                    {
                        x++;
                    }

                    path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
                }
            }
        }

        var title = WebUtility.HtmlEncode(label);
        return new TrustedHtml(
            $"<svg class=\"hr-qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{title}\" shape-rendering=\"crispEdges\">" +
            $"<title>{title}</title><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>");
    }
}
