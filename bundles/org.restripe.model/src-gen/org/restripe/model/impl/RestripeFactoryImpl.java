/**
 */
package org.restripe.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.restripe.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RestripeFactoryImpl extends EFactoryImpl implements RestripeFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static RestripeFactory init() {
		try {
			RestripeFactory theRestripeFactory = (RestripeFactory)EPackage.Registry.INSTANCE.getEFactory(RestripePackage.eNS_URI);
			if (theRestripeFactory != null) {
				return theRestripeFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new RestripeFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RestripeFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case RestripePackage.SITE: return createSite();
			case RestripePackage.SUBSYSTEM: return createSubsystem();
			case RestripePackage.HOST: return createHost();
			case RestripePackage.LAN: return createLan();
			case RestripePackage.MANAGEMENT_HOST: return createManagementHost();
			case RestripePackage.SERIAL_PORT: return createSerialPort();
			case RestripePackage.DIALBACK_MODEM: return createDialbackModem();
			case RestripePackage.STORAGE_UNIT: return createStorageUnit();
			case RestripePackage.TRAY: return createTray();
			case RestripePackage.DISK: return createDisk();
			case RestripePackage.VOLUME: return createVolume();
			case RestripePackage.LUN: return createLun();
			case RestripePackage.LUN_MAPPING: return createLunMapping();
			case RestripePackage.CACHE_SETTINGS: return createCacheSettings();
			case RestripePackage.PORT: return createPort();
			case RestripePackage.CKD_DEVICE: return createCkdDevice();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case RestripePackage.RAID_LEVEL:
				return createRaidLevelFromString(eDataType, initialValue);
			case RestripePackage.DISK_ROLE:
				return createDiskRoleFromString(eDataType, initialValue);
			case RestripePackage.FRU_STATUS:
				return createFruStatusFromString(eDataType, initialValue);
			case RestripePackage.VOLUME_STATE:
				return createVolumeStateFromString(eDataType, initialValue);
			case RestripePackage.VOLUME_OPERATION:
				return createVolumeOperationFromString(eDataType, initialValue);
			case RestripePackage.BLOCK_SIZE:
				return createBlockSizeFromString(eDataType, initialValue);
			case RestripePackage.CACHE_MODE:
				return createCacheModeFromString(eDataType, initialValue);
			case RestripePackage.MIRROR_MODE:
				return createMirrorModeFromString(eDataType, initialValue);
			case RestripePackage.RECON_RATE:
				return createReconRateFromString(eDataType, initialValue);
			case RestripePackage.MULTIPATH_MODE:
				return createMultipathModeFromString(eDataType, initialValue);
			case RestripePackage.CHANNEL_KIND:
				return createChannelKindFromString(eDataType, initialValue);
			case RestripePackage.CKD_TYPE:
				return createCkdTypeFromString(eDataType, initialValue);
			case RestripePackage.CHANGE_KIND:
				return createChangeKindFromString(eDataType, initialValue);
			case RestripePackage.SERVICE_LEVEL:
				return createServiceLevelFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case RestripePackage.RAID_LEVEL:
				return convertRaidLevelToString(eDataType, instanceValue);
			case RestripePackage.DISK_ROLE:
				return convertDiskRoleToString(eDataType, instanceValue);
			case RestripePackage.FRU_STATUS:
				return convertFruStatusToString(eDataType, instanceValue);
			case RestripePackage.VOLUME_STATE:
				return convertVolumeStateToString(eDataType, instanceValue);
			case RestripePackage.VOLUME_OPERATION:
				return convertVolumeOperationToString(eDataType, instanceValue);
			case RestripePackage.BLOCK_SIZE:
				return convertBlockSizeToString(eDataType, instanceValue);
			case RestripePackage.CACHE_MODE:
				return convertCacheModeToString(eDataType, instanceValue);
			case RestripePackage.MIRROR_MODE:
				return convertMirrorModeToString(eDataType, instanceValue);
			case RestripePackage.RECON_RATE:
				return convertReconRateToString(eDataType, instanceValue);
			case RestripePackage.MULTIPATH_MODE:
				return convertMultipathModeToString(eDataType, instanceValue);
			case RestripePackage.CHANNEL_KIND:
				return convertChannelKindToString(eDataType, instanceValue);
			case RestripePackage.CKD_TYPE:
				return convertCkdTypeToString(eDataType, instanceValue);
			case RestripePackage.CHANGE_KIND:
				return convertChangeKindToString(eDataType, instanceValue);
			case RestripePackage.SERVICE_LEVEL:
				return convertServiceLevelToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Site createSite() {
		SiteImpl site = new SiteImpl();
		return site;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Subsystem createSubsystem() {
		SubsystemImpl subsystem = new SubsystemImpl();
		return subsystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host createHost() {
		HostImpl host = new HostImpl();
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lan createLan() {
		LanImpl lan = new LanImpl();
		return lan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ManagementHost createManagementHost() {
		ManagementHostImpl managementHost = new ManagementHostImpl();
		return managementHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SerialPort createSerialPort() {
		SerialPortImpl serialPort = new SerialPortImpl();
		return serialPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DialbackModem createDialbackModem() {
		DialbackModemImpl dialbackModem = new DialbackModemImpl();
		return dialbackModem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StorageUnit createStorageUnit() {
		StorageUnitImpl storageUnit = new StorageUnitImpl();
		return storageUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tray createTray() {
		TrayImpl tray = new TrayImpl();
		return tray;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disk createDisk() {
		DiskImpl disk = new DiskImpl();
		return disk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Volume createVolume() {
		VolumeImpl volume = new VolumeImpl();
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lun createLun() {
		LunImpl lun = new LunImpl();
		return lun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LunMapping createLunMapping() {
		LunMappingImpl lunMapping = new LunMappingImpl();
		return lunMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CacheSettings createCacheSettings() {
		CacheSettingsImpl cacheSettings = new CacheSettingsImpl();
		return cacheSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port createPort() {
		PortImpl port = new PortImpl();
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CkdDevice createCkdDevice() {
		CkdDeviceImpl ckdDevice = new CkdDeviceImpl();
		return ckdDevice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RaidLevel createRaidLevelFromString(EDataType eDataType, String initialValue) {
		RaidLevel result = RaidLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRaidLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskRole createDiskRoleFromString(EDataType eDataType, String initialValue) {
		DiskRole result = DiskRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiskRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FruStatus createFruStatusFromString(EDataType eDataType, String initialValue) {
		FruStatus result = FruStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFruStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VolumeState createVolumeStateFromString(EDataType eDataType, String initialValue) {
		VolumeState result = VolumeState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVolumeStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VolumeOperation createVolumeOperationFromString(EDataType eDataType, String initialValue) {
		VolumeOperation result = VolumeOperation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVolumeOperationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BlockSize createBlockSizeFromString(EDataType eDataType, String initialValue) {
		BlockSize result = BlockSize.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBlockSizeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CacheMode createCacheModeFromString(EDataType eDataType, String initialValue) {
		CacheMode result = CacheMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCacheModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MirrorMode createMirrorModeFromString(EDataType eDataType, String initialValue) {
		MirrorMode result = MirrorMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMirrorModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReconRate createReconRateFromString(EDataType eDataType, String initialValue) {
		ReconRate result = ReconRate.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReconRateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MultipathMode createMultipathModeFromString(EDataType eDataType, String initialValue) {
		MultipathMode result = MultipathMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMultipathModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelKind createChannelKindFromString(EDataType eDataType, String initialValue) {
		ChannelKind result = ChannelKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CkdType createCkdTypeFromString(EDataType eDataType, String initialValue) {
		CkdType result = CkdType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCkdTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChangeKind createChangeKindFromString(EDataType eDataType, String initialValue) {
		ChangeKind result = ChangeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChangeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceLevel createServiceLevelFromString(EDataType eDataType, String initialValue) {
		ServiceLevel result = ServiceLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertServiceLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RestripePackage getRestripePackage() {
		return (RestripePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static RestripePackage getPackage() {
		return RestripePackage.eINSTANCE;
	}

} //RestripeFactoryImpl
