/**
 */
package org.restripe.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.restripe.model.BlockSize;
import org.restripe.model.CacheMode;
import org.restripe.model.CacheSettings;
import org.restripe.model.ChangeKind;
import org.restripe.model.ChannelKind;
import org.restripe.model.CkdDevice;
import org.restripe.model.CkdType;
import org.restripe.model.DiagramElement;
import org.restripe.model.DialbackModem;
import org.restripe.model.Disk;
import org.restripe.model.DiskRole;
import org.restripe.model.FruStatus;
import org.restripe.model.Host;
import org.restripe.model.Identified;
import org.restripe.model.Lan;
import org.restripe.model.Lun;
import org.restripe.model.LunMapping;
import org.restripe.model.ManagementHost;
import org.restripe.model.MirrorMode;
import org.restripe.model.MultipathMode;
import org.restripe.model.Port;
import org.restripe.model.RaidLevel;
import org.restripe.model.ReconRate;
import org.restripe.model.RestripeFactory;
import org.restripe.model.RestripePackage;
import org.restripe.model.SerialPort;
import org.restripe.model.ServiceLevel;
import org.restripe.model.Site;
import org.restripe.model.StorageUnit;
import org.restripe.model.Subsystem;
import org.restripe.model.Tray;
import org.restripe.model.Volume;
import org.restripe.model.VolumeOperation;
import org.restripe.model.VolumeState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RestripePackageImpl extends EPackageImpl implements RestripePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass siteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subsystemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass managementHostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serialPortEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dialbackModemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass storageUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass volumeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lunEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lunMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cacheSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass portEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ckdDeviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum raidLevelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum diskRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fruStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum volumeStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum volumeOperationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum blockSizeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cacheModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mirrorModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reconRateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum multipathModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ckdTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum changeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum serviceLevelEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.restripe.model.RestripePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private RestripePackageImpl() {
		super(eNS_URI, RestripeFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link RestripePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static RestripePackage init() {
		if (isInited) return (RestripePackage)EPackage.Registry.INSTANCE.getEPackage(RestripePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredRestripePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		RestripePackageImpl theRestripePackage = registeredRestripePackage instanceof RestripePackageImpl ? (RestripePackageImpl)registeredRestripePackage : new RestripePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theRestripePackage.createPackageContents();

		// Initialize created meta-data
		theRestripePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theRestripePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(RestripePackage.eNS_URI, theRestripePackage);
		return theRestripePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Name() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramElement() {
		return diagramElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramElement_X() {
		return (EAttribute)diagramElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramElement_Y() {
		return (EAttribute)diagramElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramElement_Width() {
		return (EAttribute)diagramElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramElement_Height() {
		return (EAttribute)diagramElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSite() {
		return siteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSite_Customer() {
		return (EAttribute)siteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Subsystems() {
		return (EReference)siteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Hosts() {
		return (EReference)siteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Lans() {
		return (EReference)siteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_ManagementHost() {
		return (EReference)siteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSite_Modem() {
		return (EReference)siteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubsystem() {
		return subsystemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubsystem_Hosts() {
		return (EReference)subsystemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSubsystem_StorageUnits() {
		return (EReference)subsystemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHost() {
		return hostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_OperatingSystem() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_Mainframe() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHost_Lans() {
		return (EReference)hostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHost_HbaWwns() {
		return (EAttribute)hostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLan() {
		return lanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLan_Network() {
		return (EAttribute)lanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getManagementHost() {
		return managementHostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getManagementHost_Address() {
		return (EAttribute)managementHostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getManagementHost_Lans() {
		return (EReference)managementHostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getManagementHost_SerialPorts() {
		return (EReference)managementHostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSerialPort() {
		return serialPortEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSerialPort_Device() {
		return (EAttribute)serialPortEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSerialPort_BaudRate() {
		return (EAttribute)serialPortEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSerialPort_Console() {
		return (EReference)serialPortEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDialbackModem() {
		return dialbackModemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDialbackModem_Number() {
		return (EAttribute)dialbackModemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDialbackModem_CallbackNumber() {
		return (EAttribute)dialbackModemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStorageUnit() {
		return storageUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStorageUnit_CatalogModel() {
		return (EAttribute)storageUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStorageUnit_Firmware() {
		return (EAttribute)storageUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStorageUnit_Address() {
		return (EAttribute)storageUnitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStorageUnit_VolumeSlicing() {
		return (EAttribute)storageUnitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStorageUnit_Trays() {
		return (EReference)storageUnitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStorageUnit_Volumes() {
		return (EReference)storageUnitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStorageUnit_Luns() {
		return (EReference)storageUnitEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStorageUnit_Mappings() {
		return (EReference)storageUnitEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStorageUnit_Ports() {
		return (EReference)storageUnitEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStorageUnit_CkdDevices() {
		return (EReference)storageUnitEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStorageUnit_Cache() {
		return (EReference)storageUnitEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStorageUnit_RawCapacity() {
		return (EAttribute)storageUnitEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStorageUnit_UsableCapacity() {
		return (EAttribute)storageUnitEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTray() {
		return trayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTray_Number() {
		return (EAttribute)trayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTray_Disks() {
		return (EReference)trayEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDisk() {
		return diskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Slot() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Size() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Role() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisk_Status() {
		return (EAttribute)diskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVolume() {
		return volumeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_RaidLevel() {
		return (EAttribute)volumeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_DataDisks() {
		return (EReference)volumeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVolume_Standby() {
		return (EReference)volumeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_State() {
		return (EAttribute)volumeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_Operation() {
		return (EAttribute)volumeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_Progress() {
		return (EAttribute)volumeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVolume_Capacity() {
		return (EAttribute)volumeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLun() {
		return lunEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLun_Size() {
		return (EAttribute)lunEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLun_Volume() {
		return (EReference)lunEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLunMapping() {
		return lunMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLunMapping_Lun() {
		return (EReference)lunMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLunMapping_Host() {
		return (EReference)lunMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLunMapping_LunNumber() {
		return (EAttribute)lunMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLunMapping_Port() {
		return (EReference)lunMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCacheSettings() {
		return cacheSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheSettings_BlockSize() {
		return (EAttribute)cacheSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheSettings_CacheMode() {
		return (EAttribute)cacheSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheSettings_Mirror() {
		return (EAttribute)cacheSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheSettings_ReadAhead() {
		return (EAttribute)cacheSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheSettings_ReconRate() {
		return (EAttribute)cacheSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheSettings_Multipath() {
		return (EAttribute)cacheSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPort() {
		return portEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Kind() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Address() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPort_Host() {
		return (EReference)portEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCkdDevice() {
		return ckdDeviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCkdDevice_DeviceType() {
		return (EAttribute)ckdDeviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCkdDevice_DeviceNumber() {
		return (EAttribute)ckdDeviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCkdDevice_Volume() {
		return (EReference)ckdDeviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCkdDevice_Cylinders() {
		return (EAttribute)ckdDeviceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCkdDevice_Capacity() {
		return (EAttribute)ckdDeviceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRaidLevel() {
		return raidLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiskRole() {
		return diskRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFruStatus() {
		return fruStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVolumeState() {
		return volumeStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVolumeOperation() {
		return volumeOperationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBlockSize() {
		return blockSizeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCacheMode() {
		return cacheModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMirrorMode() {
		return mirrorModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReconRate() {
		return reconRateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMultipathMode() {
		return multipathModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannelKind() {
		return channelKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCkdType() {
		return ckdTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChangeKind() {
		return changeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getServiceLevel() {
		return serviceLevelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RestripeFactory getRestripeFactory() {
		return (RestripeFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);
		createEAttribute(identifiedEClass, IDENTIFIED__NAME);

		diagramElementEClass = createEClass(DIAGRAM_ELEMENT);
		createEAttribute(diagramElementEClass, DIAGRAM_ELEMENT__X);
		createEAttribute(diagramElementEClass, DIAGRAM_ELEMENT__Y);
		createEAttribute(diagramElementEClass, DIAGRAM_ELEMENT__WIDTH);
		createEAttribute(diagramElementEClass, DIAGRAM_ELEMENT__HEIGHT);

		siteEClass = createEClass(SITE);
		createEAttribute(siteEClass, SITE__CUSTOMER);
		createEReference(siteEClass, SITE__SUBSYSTEMS);
		createEReference(siteEClass, SITE__HOSTS);
		createEReference(siteEClass, SITE__LANS);
		createEReference(siteEClass, SITE__MANAGEMENT_HOST);
		createEReference(siteEClass, SITE__MODEM);

		subsystemEClass = createEClass(SUBSYSTEM);
		createEReference(subsystemEClass, SUBSYSTEM__HOSTS);
		createEReference(subsystemEClass, SUBSYSTEM__STORAGE_UNITS);

		hostEClass = createEClass(HOST);
		createEAttribute(hostEClass, HOST__OPERATING_SYSTEM);
		createEAttribute(hostEClass, HOST__MAINFRAME);
		createEReference(hostEClass, HOST__LANS);
		createEAttribute(hostEClass, HOST__HBA_WWNS);

		lanEClass = createEClass(LAN);
		createEAttribute(lanEClass, LAN__NETWORK);

		managementHostEClass = createEClass(MANAGEMENT_HOST);
		createEAttribute(managementHostEClass, MANAGEMENT_HOST__ADDRESS);
		createEReference(managementHostEClass, MANAGEMENT_HOST__LANS);
		createEReference(managementHostEClass, MANAGEMENT_HOST__SERIAL_PORTS);

		serialPortEClass = createEClass(SERIAL_PORT);
		createEAttribute(serialPortEClass, SERIAL_PORT__DEVICE);
		createEAttribute(serialPortEClass, SERIAL_PORT__BAUD_RATE);
		createEReference(serialPortEClass, SERIAL_PORT__CONSOLE);

		dialbackModemEClass = createEClass(DIALBACK_MODEM);
		createEAttribute(dialbackModemEClass, DIALBACK_MODEM__NUMBER);
		createEAttribute(dialbackModemEClass, DIALBACK_MODEM__CALLBACK_NUMBER);

		storageUnitEClass = createEClass(STORAGE_UNIT);
		createEAttribute(storageUnitEClass, STORAGE_UNIT__CATALOG_MODEL);
		createEAttribute(storageUnitEClass, STORAGE_UNIT__FIRMWARE);
		createEAttribute(storageUnitEClass, STORAGE_UNIT__ADDRESS);
		createEAttribute(storageUnitEClass, STORAGE_UNIT__VOLUME_SLICING);
		createEReference(storageUnitEClass, STORAGE_UNIT__TRAYS);
		createEReference(storageUnitEClass, STORAGE_UNIT__VOLUMES);
		createEReference(storageUnitEClass, STORAGE_UNIT__LUNS);
		createEReference(storageUnitEClass, STORAGE_UNIT__MAPPINGS);
		createEReference(storageUnitEClass, STORAGE_UNIT__PORTS);
		createEReference(storageUnitEClass, STORAGE_UNIT__CKD_DEVICES);
		createEReference(storageUnitEClass, STORAGE_UNIT__CACHE);
		createEAttribute(storageUnitEClass, STORAGE_UNIT__RAW_CAPACITY);
		createEAttribute(storageUnitEClass, STORAGE_UNIT__USABLE_CAPACITY);

		trayEClass = createEClass(TRAY);
		createEAttribute(trayEClass, TRAY__NUMBER);
		createEReference(trayEClass, TRAY__DISKS);

		diskEClass = createEClass(DISK);
		createEAttribute(diskEClass, DISK__SLOT);
		createEAttribute(diskEClass, DISK__SIZE);
		createEAttribute(diskEClass, DISK__ROLE);
		createEAttribute(diskEClass, DISK__STATUS);

		volumeEClass = createEClass(VOLUME);
		createEAttribute(volumeEClass, VOLUME__RAID_LEVEL);
		createEReference(volumeEClass, VOLUME__DATA_DISKS);
		createEReference(volumeEClass, VOLUME__STANDBY);
		createEAttribute(volumeEClass, VOLUME__STATE);
		createEAttribute(volumeEClass, VOLUME__OPERATION);
		createEAttribute(volumeEClass, VOLUME__PROGRESS);
		createEAttribute(volumeEClass, VOLUME__CAPACITY);

		lunEClass = createEClass(LUN);
		createEAttribute(lunEClass, LUN__SIZE);
		createEReference(lunEClass, LUN__VOLUME);

		lunMappingEClass = createEClass(LUN_MAPPING);
		createEReference(lunMappingEClass, LUN_MAPPING__LUN);
		createEReference(lunMappingEClass, LUN_MAPPING__HOST);
		createEAttribute(lunMappingEClass, LUN_MAPPING__LUN_NUMBER);
		createEReference(lunMappingEClass, LUN_MAPPING__PORT);

		cacheSettingsEClass = createEClass(CACHE_SETTINGS);
		createEAttribute(cacheSettingsEClass, CACHE_SETTINGS__BLOCK_SIZE);
		createEAttribute(cacheSettingsEClass, CACHE_SETTINGS__CACHE_MODE);
		createEAttribute(cacheSettingsEClass, CACHE_SETTINGS__MIRROR);
		createEAttribute(cacheSettingsEClass, CACHE_SETTINGS__READ_AHEAD);
		createEAttribute(cacheSettingsEClass, CACHE_SETTINGS__RECON_RATE);
		createEAttribute(cacheSettingsEClass, CACHE_SETTINGS__MULTIPATH);

		portEClass = createEClass(PORT);
		createEAttribute(portEClass, PORT__KIND);
		createEAttribute(portEClass, PORT__ADDRESS);
		createEReference(portEClass, PORT__HOST);

		ckdDeviceEClass = createEClass(CKD_DEVICE);
		createEAttribute(ckdDeviceEClass, CKD_DEVICE__DEVICE_TYPE);
		createEAttribute(ckdDeviceEClass, CKD_DEVICE__DEVICE_NUMBER);
		createEReference(ckdDeviceEClass, CKD_DEVICE__VOLUME);
		createEAttribute(ckdDeviceEClass, CKD_DEVICE__CYLINDERS);
		createEAttribute(ckdDeviceEClass, CKD_DEVICE__CAPACITY);

		// Create enums
		raidLevelEEnum = createEEnum(RAID_LEVEL);
		diskRoleEEnum = createEEnum(DISK_ROLE);
		fruStatusEEnum = createEEnum(FRU_STATUS);
		volumeStateEEnum = createEEnum(VOLUME_STATE);
		volumeOperationEEnum = createEEnum(VOLUME_OPERATION);
		blockSizeEEnum = createEEnum(BLOCK_SIZE);
		cacheModeEEnum = createEEnum(CACHE_MODE);
		mirrorModeEEnum = createEEnum(MIRROR_MODE);
		reconRateEEnum = createEEnum(RECON_RATE);
		multipathModeEEnum = createEEnum(MULTIPATH_MODE);
		channelKindEEnum = createEEnum(CHANNEL_KIND);
		ckdTypeEEnum = createEEnum(CKD_TYPE);
		changeKindEEnum = createEEnum(CHANGE_KIND);
		serviceLevelEEnum = createEEnum(SERVICE_LEVEL);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		diagramElementEClass.getESuperTypes().add(this.getIdentified());
		siteEClass.getESuperTypes().add(this.getIdentified());
		subsystemEClass.getESuperTypes().add(this.getDiagramElement());
		hostEClass.getESuperTypes().add(this.getDiagramElement());
		lanEClass.getESuperTypes().add(this.getDiagramElement());
		managementHostEClass.getESuperTypes().add(this.getDiagramElement());
		serialPortEClass.getESuperTypes().add(this.getIdentified());
		dialbackModemEClass.getESuperTypes().add(this.getDiagramElement());
		storageUnitEClass.getESuperTypes().add(this.getDiagramElement());
		trayEClass.getESuperTypes().add(this.getIdentified());
		diskEClass.getESuperTypes().add(this.getIdentified());
		volumeEClass.getESuperTypes().add(this.getIdentified());
		lunEClass.getESuperTypes().add(this.getIdentified());
		lunMappingEClass.getESuperTypes().add(this.getIdentified());
		cacheSettingsEClass.getESuperTypes().add(this.getIdentified());
		portEClass.getESuperTypes().add(this.getIdentified());
		ckdDeviceEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentified_Name(), ecorePackage.getEString(), "name", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramElementEClass, DiagramElement.class, "DiagramElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagramElement_X(), ecorePackage.getEInt(), "x", null, 0, 1, DiagramElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramElement_Y(), ecorePackage.getEInt(), "y", null, 0, 1, DiagramElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramElement_Width(), ecorePackage.getEInt(), "width", null, 0, 1, DiagramElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramElement_Height(), ecorePackage.getEInt(), "height", null, 0, 1, DiagramElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(siteEClass, Site.class, "Site", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSite_Customer(), ecorePackage.getEString(), "customer", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Subsystems(), this.getSubsystem(), null, "subsystems", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Hosts(), this.getHost(), null, "hosts", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Lans(), this.getLan(), null, "lans", null, 0, -1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_ManagementHost(), this.getManagementHost(), null, "managementHost", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSite_Modem(), this.getDialbackModem(), null, "modem", null, 0, 1, Site.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subsystemEClass, Subsystem.class, "Subsystem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSubsystem_Hosts(), this.getHost(), null, "hosts", null, 0, -1, Subsystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSubsystem_StorageUnits(), this.getStorageUnit(), null, "storageUnits", null, 0, -1, Subsystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostEClass, Host.class, "Host", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHost_OperatingSystem(), ecorePackage.getEString(), "operatingSystem", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_Mainframe(), ecorePackage.getEBoolean(), "mainframe", null, 0, 1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHost_Lans(), this.getLan(), null, "lans", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHost_HbaWwns(), ecorePackage.getEString(), "hbaWwns", null, 0, -1, Host.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lanEClass, Lan.class, "Lan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLan_Network(), ecorePackage.getEString(), "network", null, 0, 1, Lan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(managementHostEClass, ManagementHost.class, "ManagementHost", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getManagementHost_Address(), ecorePackage.getEString(), "address", null, 0, 1, ManagementHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getManagementHost_Lans(), this.getLan(), null, "lans", null, 0, -1, ManagementHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getManagementHost_SerialPorts(), this.getSerialPort(), null, "serialPorts", null, 0, -1, ManagementHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serialPortEClass, SerialPort.class, "SerialPort", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSerialPort_Device(), ecorePackage.getEString(), "device", null, 0, 1, SerialPort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSerialPort_BaudRate(), ecorePackage.getEInt(), "baudRate", "9600", 0, 1, SerialPort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSerialPort_Console(), this.getStorageUnit(), null, "console", null, 0, 1, SerialPort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dialbackModemEClass, DialbackModem.class, "DialbackModem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDialbackModem_Number(), ecorePackage.getEString(), "number", null, 0, 1, DialbackModem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDialbackModem_CallbackNumber(), ecorePackage.getEString(), "callbackNumber", null, 0, 1, DialbackModem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(storageUnitEClass, StorageUnit.class, "StorageUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStorageUnit_CatalogModel(), ecorePackage.getEString(), "catalogModel", null, 0, 1, StorageUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStorageUnit_Firmware(), ecorePackage.getEString(), "firmware", null, 0, 1, StorageUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStorageUnit_Address(), ecorePackage.getEString(), "address", null, 0, 1, StorageUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStorageUnit_VolumeSlicing(), ecorePackage.getEBoolean(), "volumeSlicing", null, 0, 1, StorageUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStorageUnit_Trays(), this.getTray(), null, "trays", null, 0, -1, StorageUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStorageUnit_Volumes(), this.getVolume(), null, "volumes", null, 0, -1, StorageUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStorageUnit_Luns(), this.getLun(), null, "luns", null, 0, -1, StorageUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStorageUnit_Mappings(), this.getLunMapping(), null, "mappings", null, 0, -1, StorageUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStorageUnit_Ports(), this.getPort(), null, "ports", null, 0, -1, StorageUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStorageUnit_CkdDevices(), this.getCkdDevice(), null, "ckdDevices", null, 0, -1, StorageUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStorageUnit_Cache(), this.getCacheSettings(), null, "cache", null, 0, 1, StorageUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStorageUnit_RawCapacity(), ecorePackage.getELong(), "rawCapacity", null, 0, 1, StorageUnit.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getStorageUnit_UsableCapacity(), ecorePackage.getELong(), "usableCapacity", null, 0, 1, StorageUnit.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(trayEClass, Tray.class, "Tray", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTray_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Tray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTray_Disks(), this.getDisk(), null, "disks", null, 0, -1, Tray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diskEClass, Disk.class, "Disk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDisk_Slot(), ecorePackage.getEInt(), "slot", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Size(), ecorePackage.getELong(), "size", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Role(), this.getDiskRole(), "role", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDisk_Status(), this.getFruStatus(), "status", null, 0, 1, Disk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(volumeEClass, Volume.class, "Volume", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVolume_RaidLevel(), this.getRaidLevel(), "raidLevel", null, 0, 1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVolume_DataDisks(), this.getDisk(), null, "dataDisks", null, 0, -1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVolume_Standby(), this.getDisk(), null, "standby", null, 0, 1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolume_State(), this.getVolumeState(), "state", null, 0, 1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolume_Operation(), this.getVolumeOperation(), "operation", null, 0, 1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolume_Progress(), ecorePackage.getEInt(), "progress", null, 0, 1, Volume.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVolume_Capacity(), ecorePackage.getELong(), "capacity", null, 0, 1, Volume.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(lunEClass, Lun.class, "Lun", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLun_Size(), ecorePackage.getELong(), "size", null, 0, 1, Lun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLun_Volume(), this.getVolume(), null, "volume", null, 0, 1, Lun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lunMappingEClass, LunMapping.class, "LunMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLunMapping_Lun(), this.getLun(), null, "lun", null, 0, 1, LunMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLunMapping_Host(), this.getHost(), null, "host", null, 0, 1, LunMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLunMapping_LunNumber(), ecorePackage.getEInt(), "lunNumber", null, 0, 1, LunMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLunMapping_Port(), this.getPort(), null, "port", null, 0, 1, LunMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cacheSettingsEClass, CacheSettings.class, "CacheSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCacheSettings_BlockSize(), this.getBlockSize(), "blockSize", "64k", 0, 1, CacheSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCacheSettings_CacheMode(), this.getCacheMode(), "cacheMode", null, 0, 1, CacheSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCacheSettings_Mirror(), this.getMirrorMode(), "mirror", null, 0, 1, CacheSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCacheSettings_ReadAhead(), ecorePackage.getEBoolean(), "readAhead", "true", 0, 1, CacheSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCacheSettings_ReconRate(), this.getReconRate(), "reconRate", "med", 0, 1, CacheSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCacheSettings_Multipath(), this.getMultipathMode(), "multipath", null, 0, 1, CacheSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(portEClass, Port.class, "Port", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPort_Kind(), this.getChannelKind(), "kind", null, 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPort_Address(), ecorePackage.getEString(), "address", null, 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPort_Host(), this.getHost(), null, "host", null, 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ckdDeviceEClass, CkdDevice.class, "CkdDevice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCkdDevice_DeviceType(), this.getCkdType(), "deviceType", null, 0, 1, CkdDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCkdDevice_DeviceNumber(), ecorePackage.getEString(), "deviceNumber", null, 0, 1, CkdDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCkdDevice_Volume(), this.getVolume(), null, "volume", null, 0, 1, CkdDevice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCkdDevice_Cylinders(), ecorePackage.getEInt(), "cylinders", null, 0, 1, CkdDevice.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getCkdDevice_Capacity(), ecorePackage.getELong(), "capacity", null, 0, 1, CkdDevice.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(raidLevelEEnum, RaidLevel.class, "RaidLevel");
		addEEnumLiteral(raidLevelEEnum, RaidLevel.RAID0);
		addEEnumLiteral(raidLevelEEnum, RaidLevel.RAID1);
		addEEnumLiteral(raidLevelEEnum, RaidLevel.RAID5);

		initEEnum(diskRoleEEnum, DiskRole.class, "DiskRole");
		addEEnumLiteral(diskRoleEEnum, DiskRole.UNASSIGNED);
		addEEnumLiteral(diskRoleEEnum, DiskRole.DATA_DISK);
		addEEnumLiteral(diskRoleEEnum, DiskRole.STANDBY_DISK);

		initEEnum(fruStatusEEnum, FruStatus.class, "FruStatus");
		addEEnumLiteral(fruStatusEEnum, FruStatus.READY);
		addEEnumLiteral(fruStatusEEnum, FruStatus.NOT_INSTALLED);
		addEEnumLiteral(fruStatusEEnum, FruStatus.FAULT);
		addEEnumLiteral(fruStatusEEnum, FruStatus.OFFLINE);
		addEEnumLiteral(fruStatusEEnum, FruStatus.BOOTING);

		initEEnum(volumeStateEEnum, VolumeState.class, "VolumeState");
		addEEnumLiteral(volumeStateEEnum, VolumeState.UNINITIALIZED);
		addEEnumLiteral(volumeStateEEnum, VolumeState.UNMOUNTED);
		addEEnumLiteral(volumeStateEEnum, VolumeState.MOUNTED);
		addEEnumLiteral(volumeStateEEnum, VolumeState.DELETED);

		initEEnum(volumeOperationEEnum, VolumeOperation.class, "VolumeOperation");
		addEEnumLiteral(volumeOperationEEnum, VolumeOperation.NONE);
		addEEnumLiteral(volumeOperationEEnum, VolumeOperation.RECONSTRUCTING);
		addEEnumLiteral(volumeOperationEEnum, VolumeOperation.RECONSTRUCTING_TO_STANDBY);
		addEEnumLiteral(volumeOperationEEnum, VolumeOperation.COPYING_FROM_STANDBY);
		addEEnumLiteral(volumeOperationEEnum, VolumeOperation.COPYING_TO_STANDBY);
		addEEnumLiteral(volumeOperationEEnum, VolumeOperation.INITIALIZING);
		addEEnumLiteral(volumeOperationEEnum, VolumeOperation.VERIFYING);

		initEEnum(blockSizeEEnum, BlockSize.class, "BlockSize");
		addEEnumLiteral(blockSizeEEnum, BlockSize.K16);
		addEEnumLiteral(blockSizeEEnum, BlockSize.K32);
		addEEnumLiteral(blockSizeEEnum, BlockSize.K64);

		initEEnum(cacheModeEEnum, CacheMode.class, "CacheMode");
		addEEnumLiteral(cacheModeEEnum, CacheMode.AUTO);
		addEEnumLiteral(cacheModeEEnum, CacheMode.WRITEBEHIND);
		addEEnumLiteral(cacheModeEEnum, CacheMode.WRITETHROUGH);
		addEEnumLiteral(cacheModeEEnum, CacheMode.OFF);

		initEEnum(mirrorModeEEnum, MirrorMode.class, "MirrorMode");
		addEEnumLiteral(mirrorModeEEnum, MirrorMode.AUTO);
		addEEnumLiteral(mirrorModeEEnum, MirrorMode.OFF);

		initEEnum(reconRateEEnum, ReconRate.class, "ReconRate");
		addEEnumLiteral(reconRateEEnum, ReconRate.LOW);
		addEEnumLiteral(reconRateEEnum, ReconRate.MED);
		addEEnumLiteral(reconRateEEnum, ReconRate.HIGH);

		initEEnum(multipathModeEEnum, MultipathMode.class, "MultipathMode");
		addEEnumLiteral(multipathModeEEnum, MultipathMode.NONE);
		addEEnumLiteral(multipathModeEEnum, MultipathMode.READ_WRITE);
		addEEnumLiteral(multipathModeEEnum, MultipathMode.MPXIO);
		addEEnumLiteral(multipathModeEEnum, MultipathMode.STD);

		initEEnum(channelKindEEnum, ChannelKind.class, "ChannelKind");
		addEEnumLiteral(channelKindEEnum, ChannelKind.FIBRE_CHANNEL);
		addEEnumLiteral(channelKindEEnum, ChannelKind.SCSI);
		addEEnumLiteral(channelKindEEnum, ChannelKind.ESCON);
		addEEnumLiteral(channelKindEEnum, ChannelKind.FICON);

		initEEnum(ckdTypeEEnum, CkdType.class, "CkdType");
		addEEnumLiteral(ckdTypeEEnum, CkdType.D3390_1);
		addEEnumLiteral(ckdTypeEEnum, CkdType.D3390_2);
		addEEnumLiteral(ckdTypeEEnum, CkdType.D3390_3);
		addEEnumLiteral(ckdTypeEEnum, CkdType.D3390_9);
		addEEnumLiteral(ckdTypeEEnum, CkdType.D3390_27);
		addEEnumLiteral(ckdTypeEEnum, CkdType.D3390_54);
		addEEnumLiteral(ckdTypeEEnum, CkdType.D3380_J);
		addEEnumLiteral(ckdTypeEEnum, CkdType.D3380_E);
		addEEnumLiteral(ckdTypeEEnum, CkdType.D3380_K);

		initEEnum(changeKindEEnum, ChangeKind.class, "ChangeKind");
		addEEnumLiteral(changeKindEEnum, ChangeKind.RAID_LEVEL_CHANGE);
		addEEnumLiteral(changeKindEEnum, ChangeKind.CAPACITY_ADDITION);
		addEEnumLiteral(changeKindEEnum, ChangeKind.DEVICE_MOVE);
		addEEnumLiteral(changeKindEEnum, ChangeKind.LUN_SIZE_CHANGE);
		addEEnumLiteral(changeKindEEnum, ChangeKind.CACHE_BLOCKING);
		addEEnumLiteral(changeKindEEnum, ChangeKind.HOT_STANDBY);
		addEEnumLiteral(changeKindEEnum, ChangeKind.CKD_TYPE_CHANGE);
		addEEnumLiteral(changeKindEEnum, ChangeKind.CHANNEL_ADDITION);
		addEEnumLiteral(changeKindEEnum, ChangeKind.PERFORMANCE_BALANCING);

		initEEnum(serviceLevelEEnum, ServiceLevel.class, "ServiceLevel");
		addEEnumLiteral(serviceLevelEEnum, ServiceLevel.OPTION1);
		addEEnumLiteral(serviceLevelEEnum, ServiceLevel.OPTION2);
		addEEnumLiteral(serviceLevelEEnum, ServiceLevel.OPTION3);

		// Create resource
		createResource(eNS_URI);
	}

} //RestripePackageImpl
