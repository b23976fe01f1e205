namespace TraumaBondCms.Core.Security;

/// <summary>
/// Which accounts may be one person: two accounts are linked when one created the other, or granted the other's
/// reviewer credential, within the window (<c>Cms:Governance:RecentAccountDays</c>), and links chain (an administrator
/// who creates a second administrator who creates a reviewer is linked to both). Separation of duties compares
/// people through these links, not only account names: a version written by an account linked to the reviewer cannot
/// be approved by them, and a version approved by an account linked to the publisher cannot be published by them.
/// Accounts made by the server's operator on the command line (<c>cli:...</c>) or by setup are linked to no account, and
/// so is an account whose reviewer credential a second administrator confirmed: that administrator vouched that it is
/// another person (the confirmation itself is refused to administrators linked to whoever granted the credential).
/// Pure and thread-safe.
/// </summary>
public static class AccountLinks
{
    /// <summary>
    /// The user names linked to <paramref name="userName"/> (itself excluded) among <paramref name="users"/>, as of
    /// <paramref name="now"/> with links younger than <paramref name="window"/>. Empty for an unknown name.
    /// </summary>
    public static IReadOnlySet<string> Of(string userName, IReadOnlyList<CmsUser> users, DateTimeOffset now, TimeSpan window)
    {
        var byName = users.ToDictionary(u => u.UserName, StringComparer.OrdinalIgnoreCase);
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        void Link(string a, string? b, DateTimeOffset? at)
        {
            if (b is null || at is null || now - at.Value >= window || !byName.ContainsKey(b) || string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            (edges.TryGetValue(a, out var fromA) ? fromA : edges[a] = new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(b);
            (edges.TryGetValue(b, out var fromB) ? fromB : edges[b] = new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(a);
        }

        foreach (var user in users.Where(u => !u.CredentialConfirmed))
        {
            Link(user.UserName, user.CreatedBy, user.CreatedUtc);
            Link(user.UserName, user.CredentialGrantedBy, user.CredentialGrantedUtc);
        }

        var linked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>([userName]);
        while (queue.TryDequeue(out var next))
        {
            foreach (var neighbour in edges.GetValueOrDefault(next) ?? [])
            {
                if (!string.Equals(neighbour, userName, StringComparison.OrdinalIgnoreCase) && linked.Add(neighbour))
                {
                    queue.Enqueue(neighbour);
                }
            }
        }

        return linked;
    }
}
