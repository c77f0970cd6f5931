using System.Runtime.InteropServices;

namespace Handreiking.Core.Loading;

/// <summary>
/// Tells a regular file from a named pipe, a device or a socket. .NET shows all of these as
/// files, but reading a pipe hangs and reading a device never ends, so the content walk must know.
/// On Linux this asks the kernel (<c>statx</c>, whose layout is the same on every architecture);
/// elsewhere it trusts .NET's view.
/// </summary>
internal static partial class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int DirectoryType = 0x4000;

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var buffer = new byte[256];
                if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) == 0)
                {
                    var mode = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
                    return mode switch
                    {
                        RegularFile => FileKind.Regular,
                        DirectoryType => FileKind.Directory,
                        _ => FileKind.Other,
                    };
                }

                return FileKind.Missing;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // An older C library: fall through to .NET's view.
            }
        }

        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, byte[] buffer);
}
