using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin.Editing;

/// <summary>
/// What the create and edit pages share: the field editor's model, picker choices, and turning the server's refusals
/// (<see cref="ContentValidationException"/>, duplicate slugs, workflow rules) into messages next to the fields they concern.
/// </summary>
public abstract class ContentEditorPageModel(ICmsStore store, AdminReadService reads, ContentFormBinder binder) : AdminPageModel
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>The type being edited; set by the handlers.</summary>
    public ContentTypeDefinition Type { get; protected set; } = null!;

    /// <summary>The field editor's model; set by the handlers.</summary>
    public FieldEditorModel Editor { get; protected set; } = null!;

    /// <summary>Errors about the item as a whole or a field the form does not show.</summary>
    public List<string> GeneralErrors { get; } = [];

    /// <summary>Every field error, in field order, for the summary at the top of the form.</summary>
    public IEnumerable<(string Field, string Label, string Message)> FieldErrorSummary =>
        Type.Fields.SelectMany(f => Editor.ErrorsOf(f.Name).Select(m => (f.Name, f.Label, m)));

    /// <summary>True when the last save was refused for field values.</summary>
    public bool HasErrors => _errors.Count > 0 || GeneralErrors.Count > 0;

    /// <summary>The binder, for the handlers.</summary>
    protected ContentFormBinder Binder => binder;

    /// <summary>The admin reads, for the handlers.</summary>
    protected AdminReadService Reads => reads;

    /// <summary>The safety checks' findings about the version shown (shown beside their fields); empty when none.</summary>
    public IReadOnlyList<CheckFinding> Findings { get; private set; } = [];

    /// <summary>Findings about the item as a whole or a field the form does not show: listed in the summary only.</summary>
    public IEnumerable<CheckFinding> GeneralFindings => Findings.Where(f => f.Field is null || Type.GetField(f.Field) is null);

    /// <summary>
    /// Builds <see cref="Editor"/> for <paramref name="values"/>, loading the pickers' choices; <paramref name="findings"/> are the
    /// safety checks' findings about the saved version the form shows (none for a refused save, whose text is not saved).
    /// </summary>
    protected async Task BuildEditorAsync(ContentTypeDefinition type, FormValues values, string? itemId, bool readOnly, CancellationToken cancellationToken, IReadOnlyList<CheckFinding>? findings = null)
    {
        Findings = findings ?? [];
        Type = type;
        var choices = new Dictionary<string, IReadOnlyList<PickerChoice>>(StringComparer.Ordinal);
        var media = new Dictionary<string, IReadOnlyList<MediaChoice>>(StringComparer.Ordinal);
        if (type.Fields.Any(f => f.Kind is ContentFieldKind.Tags or ContentFieldKind.ContentPicker or ContentFieldKind.Media))
        {
            await using var session = await store.OpenReadAsync(cancellationToken);
            foreach (var field in type.Fields.Where(f => f.Kind is ContentFieldKind.Tags or ContentFieldKind.ContentPicker))
            {
                choices[field.Name] = await reads.PickerChoicesAsync(session, field, itemId, cancellationToken);
            }

            foreach (var field in type.Fields.Where(f => f.Kind == ContentFieldKind.Media))
            {
                media[field.Name] = await reads.MediaChoicesAsync(session, field, MediaFormFields.Slots(values, ContentFormBinder.InputName(field)), cancellationToken);
            }
        }

        Editor = new FieldEditorModel(type, values, _errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value, StringComparer.Ordinal), choices, readOnly)
        {
            Findings = Findings.Where(f => f.Field is not null && type.GetField(f.Field) is not null).ToLookup(f => f.Field!, StringComparer.Ordinal),
            MediaChoices = media,
        };
    }

    /// <summary>Records why a save was refused, by field where the server named one; false for exceptions that are not refusals.</summary>
    protected bool TryRecordRefusal(ContentTypeDefinition type, Exception exception)
    {
        switch (exception)
        {
            case ContentValidationException validation:
                foreach (var error in validation.Errors)
                {
                    Add(type, error.Field, error.Message);
                }

                return true;
            case DuplicateSlugException duplicate:
                Add(type, duplicate.Field ?? type.SlugField ?? "slug", duplicate.Message);
                return true;
            case WorkflowRefusedException refused:
                GeneralErrors.AddRange(refused.Decision.Refusals.Select(r => r.Message));
                return true;
            default:
                return false;
        }
    }

    private void Add(ContentTypeDefinition type, string field, string message)
    {
        // List items are reported as "name[2]"; they belong to the field's input.
        var name = field.Split('[')[0];
        if (type.GetField(name) is null)
        {
            GeneralErrors.Add(message);
            return;
        }

        if (!_errors.TryGetValue(name, out var list))
        {
            _errors[name] = list = [];
        }

        list.Add(message);
    }
}
