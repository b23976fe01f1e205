namespace TraumaBondCms.Core.Import;

/// <summary>Something the importer decided that an editor should know about before saving the draft.</summary>
/// <param name="Kind">What kind of decision it was.</param>
/// <param name="Message">A sentence for the editor, quoting the text involved.</param>
/// <param name="Line">1-based line in the imported text where the decision applies (the first line of a removed block).</param>
public sealed record ImportFinding(ImportFindingKind Kind, string Message, int Line);
