using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Media;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.Web.Configuration;
using TraumaBondCms.Web.GraphQL.Resolvers;
using TraumaBondCms.Web.GraphQL.SchemaGeneration;

namespace TraumaBondCms.Web.Media;

/// <summary>
/// The <c>MediaAsset</c> type Media fields resolve to: the exact file a version uses (by hash), its alt text, caption and
/// credit there, size, type, focal point and placeholders, with <c>url(width:, format:)</c> and <c>srcSet(widths:)</c> built
/// from the allow-list of variant widths. Also the <c>MediaAssetInput</c> mutations take.
/// </summary>
public sealed class MediaSchemaContributor(IOptions<CmsOptions> options) : IContentSchemaContributor
{
    /// <inheritdoc />
    public void Contribute(ContentSchemaContext schema)
    {
        var media = options.Value.Media;
        var widths = string.Join(", ", media.VariantWidths);
        var b = schema.Builder;
        b.AddEnumType("ImageFormat", e => e
            .Description("The formats image variants are made in.")
            .Value("WEBP", VariantFormat.WebP, v => v.Description("WebP: small, read by every current browser."))
            .Value("AVIF", VariantFormat.Avif, v => v.Description("AVIF: smaller still."))
            .Value("JPEG", VariantFormat.Jpeg, v => v.Description("JPEG: for old clients and e-mail.")));
        b.AddEnumType("MediaKind", e => e
            .Description("What an asset is.")
            .Value("IMAGE", MediaKind.Image, v => v.Description("A picture; show it with its alt text."))
            .Value("DOCUMENT", MediaKind.Document, v => v.Description("A PDF to download; its alt text describes it.")));
        b.AddObjectType("FocalPoint", t => t
            .Description("The point of an image that crops keep in view: x from 0 (left) to 1 (right), y from 0 (top) to 1 (bottom). Use it as CSS `object-position: {x*100}% {y*100}%`.")
            .Field("x", "Float!")
            .Field("y", "Float!"));
        b.AddObjectType("MediaAsset", t => t
            .Description("An image or document as this version uses it: the exact file (its SHA-256 is part of the content hash a reviewer signed) and the text that goes with it here.")
            .Field("id", "ID!", f => f.Description("The media library asset.").Resolve(c => V(c).Use.AssetId))
            .Field("sha256", "String!", f => f.Description("The SHA-256 of the file's bytes; URLs are named by it, so they never change.").Resolve(c => V(c).Use.Sha256))
            .Field("kind", "MediaKind!", f => f.Resolve(c => V(c).Kind))
            .Field("mimeType", "String!", f => f.Description("The stored file's type (images are stored without metadata; a GIF as its first frame in PNG).").Resolve(c => V(c).File.MimeType))
            .Field("byteLength", "Int!", f => f.Resolve(c => (int)V(c).File.ByteLength))
            .Field("width", "Int", f => f.Description("Width in pixels; null for documents.").Resolve(c => V(c).File.Width))
            .Field("height", "Int", f => f.Description("Height in pixels; null for documents.").Resolve(c => V(c).File.Height))
            .Field("alt", "String!", f => f.Description("Alt text for this use (required, checked: not empty, not a placeholder, not the file name).").Resolve(c => V(c).Use.Alt))
            .Field("caption", "String", f => f.Resolve(c => V(c).Use.Caption))
            .Field("credit", "String", f => f.Resolve(c => V(c).Use.Credit))
            .Field("focalPoint", "FocalPoint!", f => f.Resolve(c => new FocalPointResponse(V(c).Asset?.FocalX ?? 0.5, V(c).Asset?.FocalY ?? 0.5)))
            .Field("dominantColor", "String", f => f.Description("The average colour, `#rrggbb`, to fill the space while the image loads; null for documents.").Resolve(c => V(c).File.DominantColor))
            .Field("blurHash", "String", f => f.Description("A BlurHash (https://blurha.sh) of the image, 4 x 3 components; null for documents.").Resolve(c => V(c).File.BlurHash))
            .Field("url", "String!", f => f
                .Description($"The file, or with `width` a variant at most that wide (never enlarged). Widths: {widths}. Files and variants are cached for a year (their URLs name their hash).")
                .Argument("width", "Int", a => a.Description($"One of {widths}; the original when not given."))
                .Argument("format", "ImageFormat", a => a.Description("The variant's format; WEBP when not given."))
                .Resolve(c => Url(c, media)))
            .Field("srcSet", "String", f => f
                .Description("A `srcset` attribute value: one variant per width (the allowed widths up to the image's own when not given); null for documents.")
                .Argument("widths", "[Int!]", a => a.Description($"Widths from {widths}."))
                .Argument("format", "ImageFormat", a => a.Description("WEBP when not given."))
                .Resolve(c => SrcSet(c, media))));
        b.AddInputObjectType("MediaAssetInput", t => t
            .Description("One use of a media library asset: the asset, the exact file (its `sha256` from /api/media), and the alt text for this use.")
            .Field("asset", "ID!").Field("sha256", "String!").Field("alt", "String!").Field("caption", "String").Field("credit", "String"));
    }

    private static MediaAssetValue V(IResolveFieldContext c) => (MediaAssetValue)c.Source!;

    private static string Url(IResolveFieldContext c, MediaOptions media)
    {
        var value = V(c);
        if (c.Arguments.GetValueOrDefault("width") is not int width || value.Kind == MediaKind.Document)
        {
            return media.PublicBaseUrl + MediaUrls.Original(value.File.Sha256, value.File.MimeType);
        }

        return media.PublicBaseUrl + MediaUrls.Variant(value.File.Sha256, CheckWidth(width, media), Format(c));
    }

    private static string? SrcSet(IResolveFieldContext c, MediaOptions media)
    {
        var value = V(c);
        if (value.Kind == MediaKind.Document)
        {
            return null;
        }

        var widths = c.Arguments.GetValueOrDefault("widths") is IEnumerable<object?> given
            ? given.Cast<int>().Select(w => CheckWidth(w, media)).Distinct().Order().ToArray()
            : media.VariantWidths.Where(w => w < value.File.Width).Append(media.VariantWidths.FirstOrDefault(w => w >= value.File.Width, media.VariantWidths.Max())).Distinct().Order().ToArray();
        var format = Format(c);
        return string.Join(", ", widths.Select(w => $"{media.PublicBaseUrl}{MediaUrls.Variant(value.File.Sha256, w, format)} {Math.Min(w, value.File.Width ?? w)}w"));
    }

    private static VariantFormat Format(IResolveFieldContext c) => c.Arguments.GetValueOrDefault("format") is VariantFormat format ? format : VariantFormat.WebP;

    private static int CheckWidth(int width, MediaOptions media) =>
        media.VariantWidths.Contains(width) ? width : throw ContentErrors.Validation("width", $"Width {width} is not made; use one of {string.Join(", ", media.VariantWidths)}.");
}
