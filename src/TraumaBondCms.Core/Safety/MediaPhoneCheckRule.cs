using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// <c>media-phone-check</c>: the number rules read text, not pixels, so an image in a Resource, or in an item tagged
/// with a risk topic, may show a hotline number nobody checked (an infographic, a poster, a screenshot). Each such
/// image is flagged for the reviewer to confirm that any number or address it shows matches a verified resource.
/// No OCR: the flag says where to look, the reviewer reads.
/// </summary>
internal sealed class MediaPhoneCheckRule : ISafetyRule
{
    /// <inheritdoc />
    public string Name => SafetyRuleNames.MediaPhoneCheck;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Check(SafetyCheckContext context, CheckSeverity severity)
    {
        var images = MediaUse.In(context.Type, context.Item.Fields)
            .Where(u => context.Type.GetField(u.Field)?.EffectiveMediaKinds.Contains(MediaKind.Image) == true)
            .ToList();
        if (images.Count == 0)
        {
            yield break;
        }

        var why = context.IsResource ? "it is in a Resource"
            : RiskTopicMatch.Find(context).FirstOrDefault(t => t.Tag is not null) is { } topic ? $"this item {topic.Describe()} (risk topic '{topic.Topic.Name}')"
            : null;
        if (why is null)
        {
            yield break;
        }

        foreach (var image in images)
        {
            yield return new CheckFinding(
                Name,
                severity,
                $"Image '{image.Alt}' ({image.Field}) needs a look, because {why}: confirm that any phone number, text number or address it shows matches a verified resource. The number checks cannot read images.",
                image.Field);
        }
    }
}
