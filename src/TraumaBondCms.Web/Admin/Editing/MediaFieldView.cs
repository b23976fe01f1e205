using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Web.Admin.Editing;

/// <summary>What the media picker partial renders for one Media field: its uses as typed, one empty use to fill while the field has room, and the files to choose from.</summary>
public sealed record MediaFieldView(ContentFieldDefinition Field, FieldEditorModel Editor, string DescribedBy)
{
    /// <summary>The name the field's inputs start with.</summary>
    public string Name => ContentFormBinder.InputName(Field);

    /// <summary>The uses to show: those in the form, then an empty one when the field can take another.</summary>
    public IReadOnlyList<MediaSlot> Slots
    {
        get
        {
            var slots = MediaFormFields.Slots(Editor.Values, Name).Where(s => s.File.Length > 0 || s.Alt.Length > 0).ToList();
            if (slots.Count < (Field.ItemLimit ?? 1) && !Editor.ReadOnly)
            {
                slots.Add(MediaSlot.Empty);
            }

            return slots;
        }
    }

    /// <summary>The files the picker offers.</summary>
    public IReadOnlyList<MediaChoice> Choices => Editor.MediaChoices.GetValueOrDefault(Field.Name) ?? [];

    /// <summary>The choice a slot names; null when none (or a file the library does not offer).</summary>
    public MediaChoice? Chosen(MediaSlot slot) => Choices.FirstOrDefault(c => c.Value == slot.File);

    /// <summary>The kinds the field takes, for the picker's hint and the library search (<c>image</c>, <c>document</c>).</summary>
    public string Kinds => string.Join(",", Field.EffectiveMediaKinds.Select(k => k.ToString().ToLowerInvariant()));
}
