using System.Runtime.InteropServices;

namespace Handreiking.Site.Output;

/// <summary>
/// Exchanges two folders in one step with Linux's <c>renameat2(RENAME_EXCHANGE)</c>, so no moment
/// exists at which neither is in place. Elsewhere, or on a file system without it, reports false
/// and the caller falls back to two renames.
/// </summary>
internal static partial class FolderExchange
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // an older C library
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
